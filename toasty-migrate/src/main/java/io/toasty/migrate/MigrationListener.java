package io.toasty.migrate;

/**
 * Sees a run of migrations as it goes, to show progress. Called on the migrating thread; the default methods do
 * nothing. Implementations must not throw.
 */
public interface MigrationListener {
    /** A listener that ignores everything. */
    static MigrationListener none() {
        return new MigrationListener() {};
    }

    /** Called before a migration (or the down script of one, when rolling back) starts. */
    default void started(MigrationInfo migration, boolean down) {}

    /**
     * Called as a migration progresses: after each statement of an SQL migration ({@code unit} is
     * {@code "statements"}), after each batch of a batched Java migration ({@code "rows"}). {@code total} is -1 where
     * unknown.
     */
    default void progress(MigrationInfo migration, long done, long total, String unit) {}

    /** Called after a migration was applied (or rolled back) and recorded. */
    default void finished(MigrationInfo migration, boolean down) {}
}
