package io.toasty;

/** The database schema does not match the models. The message lists every difference. */
public class SchemaValidationException extends ToastyException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with its message and, where there is one, the driver's exception as cause. */
    public SchemaValidationException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Creates the exception with its message. */
    public SchemaValidationException(String message) {
        super(message, null);
    }
}
