package io.toasty;

/** No row has the key asked for: thrown by {@code get}, {@code one} and by an update or delete of an object whose row is gone. */
public class NotFoundException extends ToastyException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with its message and, where there is one, the driver's exception as cause. */
    public NotFoundException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Creates the exception with its message. */
    public NotFoundException(String message) {
        super(message, null);
    }
}
