package io.toasty.it.rel;

import io.toasty.model.Auto;
import io.toasty.model.Key;
import io.toasty.model.Model;
import io.toasty.model.OnDelete;
import io.toasty.model.Relation;
import io.toasty.relation.BelongsTo;
import io.toasty.relation.HasMany;

/** A team and its players refer to each other: their tables form a cycle of foreign keys. */
@Model
public class Team {
    @Key
    @Auto
    public Long id;

    public String name;
    public Long captainId;

    @Relation(key = "captainId", onDelete = OnDelete.SET_NULL)
    public BelongsTo<Player> captain = BelongsTo.notLoaded();

    @Relation(mappedBy = "team")
    public HasMany<Player> players = HasMany.notLoaded();
}
