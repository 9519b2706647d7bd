package io.toasty.migrate;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One migration, found or applied, and its state in the database.
 *
 * @param version the version, such as {@code 3} or {@code 1.2}
 * @param description the description, from the file name ({@code V3__add_age.sql} gives {@code add age})
 * @param script the file name, or the class name of a Java migration
 * @param state where it stands
 * @param installedOn when it was applied, if it was
 * @param executionTime how long applying it took, if it was applied
 */
public record MigrationInfo(
        String version,
        String description,
        String script,
        MigrationState state,
        Optional<Instant> installedOn,
        Optional<Duration> executionTime) {

    /** Checks that nothing is null. */
    public MigrationInfo {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(script, "script");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(installedOn, "installedOn");
        Objects.requireNonNull(executionTime, "executionTime");
    }
}
