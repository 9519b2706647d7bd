package io.toasty.it.rel;

import io.toasty.model.Auto;
import io.toasty.model.Key;
import io.toasty.model.Model;
import io.toasty.model.SoftDelete;
import java.time.Instant;

/** A soft-deleting moderator, related to forums through soft-deleting {@link Assignment}s. */
@Model
public class Moderator {
    @Key
    @Auto
    public Long id;

    public String name;

    @SoftDelete
    public Instant deletedAt;

    public Moderator() {}

    public Moderator(String name) {
        this.name = name;
    }
}
