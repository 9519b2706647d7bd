package io.toasty.it.rel;

import io.toasty.Deferred;
import io.toasty.model.Auto;
import io.toasty.model.Key;
import io.toasty.model.Model;
import io.toasty.model.Relation;
import io.toasty.relation.HasMany;

@Model(table = "groups")
public class Group {
    @Key
    @Auto
    public Long id;

    public String name;

    /** Deferred: a many-to-many include reads the group without it. */
    public Deferred<String> charter = Deferred.of("");

    @Relation(mappedBy = "group")
    public HasMany<Member> members = HasMany.notLoaded();

    @Relation(through = "members", via = "user")
    public HasMany<User> users = HasMany.notLoaded();

    public Group() {}

    public Group(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return "Group(" + name + ")";
    }
}
