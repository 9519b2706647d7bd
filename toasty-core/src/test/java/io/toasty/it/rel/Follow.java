package io.toasty.it.rel;

import io.toasty.model.Auto;
import io.toasty.model.Column;
import io.toasty.model.Key;
import io.toasty.model.Model;
import io.toasty.model.OnDelete;
import io.toasty.model.Relation;
import io.toasty.relation.BelongsTo;

/** The join model of users following users. */
@Model
public class Follow {
    @Key
    @Auto
    public Long id;

    @Column(nullable = false)
    public Long followerId;

    @Column(nullable = false)
    public Long followeeId;

    @Relation(key = "followerId", onDelete = OnDelete.CASCADE)
    public BelongsTo<User> follower = BelongsTo.notLoaded();

    @Relation(key = "followeeId", onDelete = OnDelete.CASCADE)
    public BelongsTo<User> followee = BelongsTo.notLoaded();
}
