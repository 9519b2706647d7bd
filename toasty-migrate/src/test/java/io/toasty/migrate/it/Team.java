package io.toasty.migrate.it;

import io.toasty.model.Auto;
import io.toasty.model.Key;
import io.toasty.model.Model;
import io.toasty.model.OnDelete;
import io.toasty.model.Relation;
import io.toasty.relation.BelongsTo;

/** A team, which may belong to a parent team: a self-referencing foreign key. */
@Model(table = "teams")
public class Team {
    @Key
    @Auto
    public Long id;

    public String name;
    public Long parentId;

    @Relation(key = "parentId", onDelete = OnDelete.RESTRICT)
    public BelongsTo<Team> parent = BelongsTo.notLoaded();
}
