package io.toasty.it.rel;

import io.toasty.model.Auto;
import io.toasty.model.Key;
import io.toasty.model.Model;
import io.toasty.model.Relation;
import io.toasty.model.SoftDelete;
import io.toasty.relation.HasMany;
import java.time.Instant;

/** The top of three soft-deleting levels: forums, their topics, the topics' replies. */
@Model
public class Forum {
    @Key
    @Auto
    public Long id;

    public String name;

    @SoftDelete
    public Instant deletedAt;

    @Relation(mappedBy = "forum")
    public HasMany<Topic> topics = HasMany.notLoaded();

    @Relation(mappedBy = "forum")
    public HasMany<Assignment> assignments = HasMany.notLoaded();

    @Relation(through = "assignments", via = "moderator")
    public HasMany<Moderator> moderators = HasMany.notLoaded();

    public Forum() {}

    public Forum(String name) {
        this.name = name;
    }
}
