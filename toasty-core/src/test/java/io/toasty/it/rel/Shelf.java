package io.toasty.it.rel;

import io.toasty.model.Key;
import io.toasty.model.Model;
import io.toasty.model.Relation;
import io.toasty.relation.HasMany;

/** A model with a composite key, which books refer to with a composite foreign key. */
@Model(table = "shelves")
public class Shelf {
    @Key
    public String room;

    @Key
    public int number;

    public String label;

    @Relation(mappedBy = "shelf")
    public HasMany<Book> books = HasMany.notLoaded();

    public Shelf() {}

    public Shelf(String room, int number, String label) {
        this.room = room;
        this.number = number;
        this.label = label;
    }
}
