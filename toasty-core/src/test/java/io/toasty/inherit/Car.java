package io.toasty.inherit;

import io.toasty.model.DiscriminatorValue;
import io.toasty.model.Model;

/** A vehicle with seats: its rows have {@code kind = 'car'}. */
@Model
@DiscriminatorValue("car")
public class Car extends Vehicle {
    public int seats;

    public Car() {}

    public Car(String name, int seats) {
        super(name);
        this.seats = seats;
    }
}
