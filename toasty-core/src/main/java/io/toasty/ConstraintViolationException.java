package io.toasty;

/** The database refused a write because it broke a constraint. The subclasses name which kind. */
public class ConstraintViolationException extends ToastyException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with its message and, where there is one, the driver's exception as cause. */
    public ConstraintViolationException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Creates the exception with its message. */
    public ConstraintViolationException(String message) {
        super(message, null);
    }
}
