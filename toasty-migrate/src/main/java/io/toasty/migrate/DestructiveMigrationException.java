package io.toasty.migrate;

/**
 * A pending migration drops a table or column or narrows a type, and destructive steps were not allowed (
 * {@link Migrator.Builder#allowDestructive(boolean)}, {@code --allow-destructive}). Nothing was run.
 */
public class DestructiveMigrationException extends MigrationException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with its message. */
    public DestructiveMigrationException(String message) {
        super(message);
    }
}
