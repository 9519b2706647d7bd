package io.toasty.examples.quickstart;

import io.toasty.model.Auto;
import io.toasty.model.Index;
import io.toasty.model.Key;
import io.toasty.model.Model;
import java.time.LocalDate;
import java.util.UUID;

/** A model written as a record, with a client-generated UUID v7 key: stored in table {@code tasks}. */
@Model(indexes = @Index(fields = {"ownerId", "due"}))
public record Task(@Key @Auto UUID id, long ownerId, String title, LocalDate due, boolean done) {
    Task(long ownerId, String title, LocalDate due) {
        this(null, ownerId, title, due, false);
    }
}
