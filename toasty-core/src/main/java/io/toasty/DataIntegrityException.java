package io.toasty;

/**
 * The database refused a write because it broke an integrity constraint: a unique key, a foreign key, NOT NULL, or a
 * column's range. The subclasses name which. (Bean Validation's {@code ConstraintViolationException}, from
 * toasty-validation, is something else: it refuses a write before any SQL.)
 */
public class DataIntegrityException extends ToastyException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with its message and, where there is one, the driver's exception as cause. */
    public DataIntegrityException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Creates the exception with its message. */
    public DataIntegrityException(String message) {
        super(message, null);
    }
}
