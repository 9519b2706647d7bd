package io.toasty.it.rel;

import io.toasty.model.Auto;
import io.toasty.model.Column;
import io.toasty.model.Key;
import io.toasty.model.Model;
import io.toasty.model.OnDelete;
import io.toasty.model.Relation;
import io.toasty.relation.BelongsTo;

/** The join model of users and groups. */
@Model
public class Member {
    @Key
    @Auto
    public Long id;

    @Column(nullable = false)
    public Long userId;

    @Column(nullable = false)
    public Long groupId;

    @Relation(key = "userId", onDelete = OnDelete.CASCADE)
    public BelongsTo<User> user = BelongsTo.notLoaded();

    @Relation(key = "groupId", onDelete = OnDelete.CASCADE)
    public BelongsTo<Group> group = BelongsTo.notLoaded();
}
