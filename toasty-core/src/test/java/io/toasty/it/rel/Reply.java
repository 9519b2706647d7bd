package io.toasty.it.rel;

import io.toasty.model.Auto;
import io.toasty.model.Key;
import io.toasty.model.Model;
import io.toasty.model.Relation;
import io.toasty.model.SoftDelete;
import io.toasty.relation.BelongsTo;
import java.time.Instant;

/** A soft-deleting reply to a {@link Topic}. */
@Model
public class Reply {
    @Key
    @Auto
    public Long id;

    public Long topicId;
    public String body;

    @SoftDelete
    public Instant deletedAt;

    @Relation(key = "topicId")
    public BelongsTo<Topic> topic = BelongsTo.notLoaded();

    public Reply() {}

    public Reply(Topic topic, String body) {
        this.topicId = topic.id;
        this.body = body;
    }
}
