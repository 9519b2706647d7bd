package io.toasty;

/** {@code one()} found more than one row. */
public class NonUniqueResultException extends ToastyException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with its message and, where there is one, the driver's exception as cause. */
    public NonUniqueResultException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Creates the exception with its message. */
    public NonUniqueResultException(String message) {
        super(message, null);
    }
}
