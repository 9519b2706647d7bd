package io.toasty.it.rel;

import io.toasty.model.Auto;
import io.toasty.model.Key;
import io.toasty.model.Model;
import io.toasty.model.OnDelete;
import io.toasty.model.Relation;
import io.toasty.model.Unique;
import io.toasty.relation.BelongsTo;

@Model
public class Profile {
    @Key
    @Auto
    public Long id;

    @Unique
    public Long userId;

    public String bio;

    @Relation(key = "userId", onDelete = OnDelete.CASCADE)
    public BelongsTo<User> user = BelongsTo.notLoaded();

    public Profile() {}

    public Profile(User user, String bio) {
        this.userId = user.id;
        this.bio = bio;
    }
}
