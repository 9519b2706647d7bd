package io.toasty.it;

import io.toasty.model.Auto;
import io.toasty.model.Index;
import io.toasty.model.Key;
import io.toasty.model.Model;
import java.time.Instant;

/** A ticket of a person, for subqueries, aggregates and functions: a reference by key, points, a timestamp. */
@Model
public class Ticket {
    @Key
    @Auto
    Long id;

    @Index
    Long personId;

    String title;

    int points;

    Instant updatedAt;

    Ticket() {}

    Ticket(Long personId, String title, int points) {
        this.personId = personId;
        this.title = title;
        this.points = points;
    }
}
