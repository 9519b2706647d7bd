package io.toasty.inherit;

import io.toasty.model.Column;
import io.toasty.model.DiscriminatorValue;
import io.toasty.model.Model;
import io.toasty.model.Relation;
import io.toasty.relation.BelongsTo;

/** A vehicle with a payload, which a truck must have: its column is nullable, Toasty checks it. */
@Model
@DiscriminatorValue("truck")
public class Truck extends Vehicle {
    @Column(nullable = false)
    public Integer payload;

    public Long driverId;

    @Relation(key = "driverId")
    public BelongsTo<Owner> driver = BelongsTo.notLoaded();

    public Truck() {}

    public Truck(String name, Integer payload) {
        super(name);
        this.payload = payload;
    }
}
