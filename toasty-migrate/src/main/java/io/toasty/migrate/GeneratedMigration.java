package io.toasty.migrate;

import java.util.List;
import java.util.Objects;

/**
 * A migration worked out by {@link MigrationGenerator}: its files' names and texts, what it changes, and what the
 * person generating it should know.
 *
 * @param version the version, such as {@code 3}
 * @param fileName the up script's file name, {@code V<version>__<name>.sql}
 * @param downFileName the down script's file name, {@code U<version>__<name>.sql}
 * @param snapshotFileName the schema snapshot's file name, {@code V<version>__<name>.schema}
 * @param up the up script
 * @param down the down script
 * @param snapshot the schema the migration leaves, in the snapshot format
 * @param changes what the up script does, one line per statement
 * @param destructive the steps of the up script that lose data (they need explicit confirmation to apply)
 * @param notes what to check or hint: a drop and an add that may be a rename, a NOT NULL column without default
 * @param basis what the models were compared with: the previous snapshot, or the database
 */
public record GeneratedMigration(
        String version,
        String fileName,
        String downFileName,
        String snapshotFileName,
        String up,
        String down,
        String snapshot,
        List<String> changes,
        List<String> destructive,
        List<String> notes,
        String basis) {

    /** Checks that nothing is null and copies the lists. */
    public GeneratedMigration {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(downFileName, "downFileName");
        Objects.requireNonNull(snapshotFileName, "snapshotFileName");
        Objects.requireNonNull(up, "up");
        Objects.requireNonNull(down, "down");
        Objects.requireNonNull(snapshot, "snapshot");
        changes = List.copyOf(changes);
        destructive = List.copyOf(destructive);
        notes = List.copyOf(notes);
        Objects.requireNonNull(basis, "basis");
    }

    /** Whether the models and the basis agree, so that there is nothing to migrate. */
    public boolean isEmpty() {
        return changes.isEmpty();
    }
}
