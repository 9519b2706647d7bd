package io.toasty.migrate.it;

import io.toasty.model.Auto;
import io.toasty.model.Key;
import io.toasty.model.Model;
import io.toasty.model.OnDelete;
import io.toasty.model.Relation;
import io.toasty.relation.BelongsTo;

/** A player of a team, deleted with it: a foreign key with ON DELETE CASCADE. */
@Model(table = "players")
public class Player {
    @Key
    @Auto
    public Long id;

    public String name;
    public Long teamId;

    @Relation(key = "teamId", onDelete = OnDelete.CASCADE)
    public BelongsTo<Team> team = BelongsTo.notLoaded();
}
