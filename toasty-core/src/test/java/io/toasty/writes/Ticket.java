package io.toasty.writes;

import io.toasty.model.Auto;
import io.toasty.model.Key;
import io.toasty.model.Model;
import io.toasty.model.UpdatedAt;
import java.time.Instant;
import java.util.UUID;

/** A record whose last change the database's clock records. */
@Model
public record Ticket(@Key @Auto UUID id, String title, @UpdatedAt Instant changedAt) {
    public Ticket withTitle(String newTitle) {
        return new Ticket(id, newTitle, changedAt);
    }
}
