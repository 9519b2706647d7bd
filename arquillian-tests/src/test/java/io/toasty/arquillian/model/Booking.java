package io.toasty.arquillian.model;

import io.toasty.model.Auto;
import io.toasty.model.Key;
import io.toasty.model.Model;

/**
 * Hours booked in a room. The rule "at most so many hours per room" is checked by reading the sum and then inserting:
 * two transactions that do it at once, each unaware of the other's insert, are the textbook write skew.
 */
@Model
public record Booking(@Key @Auto Long id, String room, int hours) {
    /** A new booking, whose key the database generates on insert. */
    public static Booking of(String room, int hours) {
        return new Booking(null, room, hours);
    }
}
