package io.toasty.migrate.internal;

import io.toasty.migrate.JavaMigration;
import java.util.List;
import java.util.Optional;

/**
 * A migration found in a location or registered as Java: its version, script, checksum, and its up and down work.
 *
 * @param down the down script ({@code U<version>__<name>.sql}), if there is one
 * @param java the Java migration, or null for an SQL one
 * @param checksum the SHA-256 of the up script's text; empty for a Java migration
 */
public record ResolvedMigration(
        Version version,
        String description,
        String script,
        String checksum,
        SqlScript up,
        Optional<SqlScript> down,
        JavaMigration java) {

    public boolean isJava() {
        return java != null;
    }

    public boolean canUndo() {
        return isJava() ? java.canUndo() : down.isPresent();
    }

    public static ResolvedMigration ofJava(JavaMigration migration) {
        return new ResolvedMigration(
                Version.parse(migration.version()),
                migration.description(),
                migration.getClass().getName(),
                "",
                new SqlScript(List.of(), List.of()),
                Optional.empty(),
                migration);
    }
}
