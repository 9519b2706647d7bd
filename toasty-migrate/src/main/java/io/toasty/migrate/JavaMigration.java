package io.toasty.migrate;

/**
 * A migration written in Java, for data changes that SQL says badly: back-filling a column from application logic,
 * splitting a value, re-encoding. It sits among the SQL migrations by its version and is recorded in the same history.
 * Register instances with {@link Migrator.Builder#javaMigrations}, or list the classes in
 * {@code META-INF/services/io.toasty.migrate.JavaMigration} for the command line and CDI to find them.
 */
public interface JavaMigration {
    /** The version, ordered with the SQL migrations' versions, such as {@code 3} or {@code 2.1}. */
    String version();

    /** What it does, in a few words. */
    String description();

    /** Applies the change. Runs in the migration's transaction, unless it works in batches. */
    void migrate(MigrationContext context) throws Exception;

    /**
     * Reverts the change, for {@link Migrator#rollback(int)}. By default a Java migration cannot be rolled back, and
     * a rollback that reaches it stops before running anything.
     */
    default void undo(MigrationContext context) throws Exception {
        throw new MigrationException("Java migration " + version() + " ("
                + getClass().getName() + ") cannot be rolled back: implement JavaMigration.undo");
    }

    /** Whether {@link #undo} is implemented; checked before a rollback runs anything. */
    default boolean canUndo() {
        return false;
    }
}
