package io.toasty;

/** A write referred to a row that does not exist, or a delete left rows that refer to it. */
public class ForeignKeyViolationException extends DataIntegrityException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with its message and, where there is one, the driver's exception as cause. */
    public ForeignKeyViolationException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Creates the exception with its message. */
    public ForeignKeyViolationException(String message) {
        super(message, null);
    }
}
