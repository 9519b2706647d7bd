package io.toasty.it.rel;

import io.toasty.model.Auto;
import io.toasty.model.Key;
import io.toasty.model.Model;
import io.toasty.model.Relation;
import io.toasty.model.SoftDelete;
import io.toasty.relation.BelongsTo;
import io.toasty.relation.HasMany;
import java.time.Instant;

/** A soft-deleting topic of a {@link Forum}, with soft-deleting replies. */
@Model
public class Topic {
    @Key
    @Auto
    public Long id;

    public Long forumId;
    public String title;

    @SoftDelete
    public Instant deletedAt;

    @Relation(key = "forumId")
    public BelongsTo<Forum> forum = BelongsTo.notLoaded();

    @Relation(mappedBy = "topic")
    public HasMany<Reply> replies = HasMany.notLoaded();

    public Topic() {}

    public Topic(Forum forum, String title) {
        this.forumId = forum.id;
        this.title = title;
    }
}
