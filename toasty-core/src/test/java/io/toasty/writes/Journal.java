package io.toasty.writes;

import io.toasty.model.AfterDelete;
import io.toasty.model.AfterInsert;
import io.toasty.model.AfterUpdate;
import io.toasty.model.Auto;
import io.toasty.model.BeforeDelete;
import io.toasty.model.BeforeInsert;
import io.toasty.model.BeforeUpdate;
import io.toasty.model.Key;
import io.toasty.model.Model;
import io.toasty.model.Transient;
import io.toasty.model.Unique;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A model with a lifecycle hook method for each event; each records what ran on the instance. */
@Model
public class Journal {
    @Key
    @Auto
    Long id;

    @Unique
    String title;

    String slug;

    @Transient
    final List<String> events = new ArrayList<>();

    public Journal() {}

    Journal(String title) {
        this.title = title;
    }

    @BeforeInsert
    @BeforeUpdate
    void slug() {
        if (title.isBlank()) {
            throw new IllegalStateException("A journal needs a title");
        }
        slug = title.toLowerCase(Locale.ROOT).replace(' ', '-');
        events.add("slug");
    }

    @AfterInsert
    void inserted() {
        events.add("inserted " + (id != null));
    }

    @AfterUpdate
    void updated() {
        events.add("updated");
    }

    @BeforeDelete
    void deleting() {
        if (title.equals("Keep")) {
            throw new IllegalStateException("Keep is kept");
        }
        events.add("deleting");
    }

    @AfterDelete
    void deleted() {
        events.add("deleted");
    }

    @Override
    public String toString() {
        return title;
    }
}
