package io.toasty.inherit;

import io.toasty.model.Auto;
import io.toasty.model.Key;
import io.toasty.model.Model;
import io.toasty.model.Relation;
import io.toasty.relation.BelongsTo;

/** A trip in a vehicle of any kind: its relation to the base model loads the right subclass. */
@Model
public class Trip {
    @Key
    @Auto
    public Long id;

    public Long vehicleId;

    public int kilometres;

    @Relation(key = "vehicleId")
    public BelongsTo<Vehicle> vehicle = BelongsTo.notLoaded();

    public Trip() {}

    public Trip(Vehicle vehicle, int kilometres) {
        this.vehicleId = vehicle.id;
        this.kilometres = kilometres;
    }
}
