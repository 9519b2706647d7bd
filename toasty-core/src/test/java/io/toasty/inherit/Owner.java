package io.toasty.inherit;

import io.toasty.model.Auto;
import io.toasty.model.Key;
import io.toasty.model.Model;
import io.toasty.model.Relation;
import io.toasty.relation.HasMany;

/** Owns vehicles of any kind: its relation to the base model loads cars and trucks. */
@Model
public class Owner {
    @Key
    @Auto
    public Long id;

    public String name;

    @Relation(mappedBy = "owner")
    public HasMany<Vehicle> vehicles = HasMany.notLoaded();

    @Relation(mappedBy = "owner")
    public HasMany<Car> cars = HasMany.notLoaded();

    public Owner() {}

    public Owner(String name) {
        this.name = name;
    }
}
