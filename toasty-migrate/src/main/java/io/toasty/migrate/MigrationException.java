package io.toasty.migrate;

import io.toasty.ToastyException;
import java.util.List;

/**
 * A migration could not be applied or rolled back. Where a database without transactional DDL (H2) had already
 * applied some statements of the failed migration, {@link #applied()} lists them.
 */
public class MigrationException extends ToastyException {
    private static final long serialVersionUID = 1L;

    private final List<String> applied;

    /** Creates the exception with its message, the statements left applied, and the cause (may be null). */
    public MigrationException(String message, List<String> applied, Throwable cause) {
        super(message, cause);
        this.applied = List.copyOf(applied);
    }

    /** Creates the exception with its message. */
    public MigrationException(String message) {
        this(message, List.of(), null);
    }

    /** The statements of the failed migration that stay applied; empty where the database rolled them back. */
    public List<String> applied() {
        return applied;
    }
}
