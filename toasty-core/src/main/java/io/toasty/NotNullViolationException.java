package io.toasty;

/** The database refused a null in a {@code NOT NULL} column. */
public class NotNullViolationException extends DataIntegrityException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with its message and, where there is one, the driver's exception as cause. */
    public NotNullViolationException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Creates the exception with its message. */
    public NotNullViolationException(String message) {
        super(message, null);
    }
}
