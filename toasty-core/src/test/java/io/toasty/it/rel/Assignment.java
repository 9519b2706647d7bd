package io.toasty.it.rel;

import io.toasty.model.Auto;
import io.toasty.model.Column;
import io.toasty.model.Key;
import io.toasty.model.Model;
import io.toasty.model.Relation;
import io.toasty.model.SoftDelete;
import io.toasty.relation.BelongsTo;
import java.time.Instant;

/** The soft-deleting join model of forums and moderators. */
@Model
public class Assignment {
    @Key
    @Auto
    public Long id;

    @Column(nullable = false)
    public Long forumId;

    @Column(nullable = false)
    public Long moderatorId;

    @SoftDelete
    public Instant deletedAt;

    @Relation(key = "forumId")
    public BelongsTo<Forum> forum = BelongsTo.notLoaded();

    @Relation(key = "moderatorId")
    public BelongsTo<Moderator> moderator = BelongsTo.notLoaded();

    public Assignment() {}

    public Assignment(Forum forum, Moderator moderator) {
        this.forumId = forum.id;
        this.moderatorId = moderator.id;
    }
}
