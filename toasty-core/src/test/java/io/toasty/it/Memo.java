package io.toasty.it;

import io.toasty.model.Auto;
import io.toasty.model.Key;
import io.toasty.model.Model;
import io.toasty.model.SoftDelete;
import java.time.Instant;

/** A soft-deleting model of a person: projections, pages and subqueries leave its deleted rows out. */
@Model
public class Memo {
    @Key
    @Auto
    Long id;

    Long personId;

    int size;

    @SoftDelete
    Instant deletedAt;

    Memo() {}

    Memo(Long personId, int size) {
        this.personId = personId;
        this.size = size;
    }
}
