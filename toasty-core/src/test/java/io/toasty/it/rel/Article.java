package io.toasty.it.rel;

import io.toasty.model.Auto;
import io.toasty.model.Key;
import io.toasty.model.Model;
import io.toasty.model.Relation;
import io.toasty.model.SoftDelete;
import io.toasty.model.Version;
import io.toasty.relation.BelongsTo;
import java.time.Instant;

@Model
public class Article {
    @Key
    @Auto
    public Long id;

    public Long writerId;
    public String title;

    @Version
    public long version;

    @SoftDelete
    public Instant deletedAt;

    @Relation(key = "writerId")
    public BelongsTo<Writer> writer = BelongsTo.notLoaded();

    public Article() {}

    public Article(Writer writer, String title) {
        this.writerId = writer.id;
        this.title = title;
    }
}
