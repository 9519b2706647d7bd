package io.toasty.it;

import io.toasty.model.Auto;
import io.toasty.model.Column;
import io.toasty.model.Key;
import io.toasty.model.Model;
import java.time.Instant;
import java.util.UUID;

/** A record model with a client-generated UUID v7 key. */
@Model
public record Note(@Key @Auto UUID id, String title, @Column(length = 5) String code, Instant createdAt) {
    public Note(String title, String code) {
        this(null, title, code, null);
    }
}
