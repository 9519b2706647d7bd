package io.toasty.inherit;

import io.toasty.model.Auto;
import io.toasty.model.Column;
import io.toasty.model.CreatedAt;
import io.toasty.model.DiscriminatorValue;
import io.toasty.model.Inheritance;
import io.toasty.model.Key;
import io.toasty.model.Model;
import io.toasty.model.Relation;
import io.toasty.model.SoftDelete;
import io.toasty.model.Version;
import io.toasty.relation.BelongsTo;
import java.time.Instant;

/** The base of a single-table hierarchy: cars and trucks are stored in its table, told apart by {@code kind}. */
@Model(table = "vehicles")
@Inheritance(discriminator = "kind")
@DiscriminatorValue("vehicle")
public class Vehicle {
    @Key
    @Auto
    public Long id;

    @Column(nullable = false)
    public String name;

    public Long ownerId;

    @Version
    public long version;

    @CreatedAt
    public Instant createdAt;

    @SoftDelete
    public Instant deletedAt;

    @Relation(key = "ownerId")
    public BelongsTo<Owner> owner = BelongsTo.notLoaded();

    public Vehicle() {}

    public Vehicle(String name) {
        this.name = name;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "(" + id + ", " + name + ")";
    }
}
