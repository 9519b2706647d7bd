package io.toasty;

/** The database could not serialize this transaction with a concurrent one (SQLSTATE 40001). Retry the whole transaction. */
public final class SerializationFailureException extends TransientDataAccessException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with its message and the driver's exception as cause. */
    public SerializationFailureException(String message, Throwable cause) {
        super(message, cause);
    }
}
