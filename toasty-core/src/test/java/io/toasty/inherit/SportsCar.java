package io.toasty.inherit;

import io.toasty.model.DiscriminatorValue;
import io.toasty.model.Model;

/** A car of a car: a query of cars returns sports cars too. */
@Model
@DiscriminatorValue("sports_car")
public class SportsCar extends Car {
    public Integer topSpeed;

    public SportsCar() {}

    public SportsCar(String name, int topSpeed) {
        super(name, 2);
        this.topSpeed = topSpeed;
    }
}
