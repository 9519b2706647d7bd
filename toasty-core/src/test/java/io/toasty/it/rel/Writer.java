package io.toasty.it.rel;

import io.toasty.model.Auto;
import io.toasty.model.Key;
import io.toasty.model.Model;
import io.toasty.model.Relation;
import io.toasty.model.SoftDelete;
import io.toasty.relation.HasMany;
import java.time.Instant;

/** A soft-deleting model with soft-deleting articles. */
@Model
public class Writer {
    @Key
    @Auto
    public Long id;

    public String name;

    @SoftDelete
    public Instant deletedAt;

    @Relation(mappedBy = "writer")
    public HasMany<Article> articles = HasMany.notLoaded();

    public Writer() {}

    public Writer(String name) {
        this.name = name;
    }
}
