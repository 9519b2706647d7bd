package io.toasty.writes;

import io.toasty.model.Auto;
import io.toasty.model.Column;
import io.toasty.model.CreatedAt;
import io.toasty.model.Key;
import io.toasty.model.Model;
import io.toasty.model.Unique;
import io.toasty.model.UpdatedAt;
import io.toasty.model.Version;
import java.time.Instant;

/** A class with an identity key, a unique email, a version and both timestamps. */
@Model
public class Subscriber {
    @Key
    @Auto
    Long id;

    @Unique
    @Column(nullable = false, length = 100)
    String email;

    String name;

    int visits;

    @Version
    long version;

    @CreatedAt
    Instant createdAt;

    @UpdatedAt
    Instant updatedAt;

    Subscriber() {}

    Subscriber(String email, String name, int visits) {
        this.email = email;
        this.name = name;
        this.visits = visits;
    }

    @Override
    public String toString() {
        return "Subscriber{" + id + ", " + email + ", " + name + ", " + visits + ", v" + version + "}";
    }
}
