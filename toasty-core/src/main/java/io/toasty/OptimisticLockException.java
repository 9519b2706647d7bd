package io.toasty;

/** An update or delete of a versioned object found that the row had been changed since the object was read: its {@link io.toasty.model.Version} no longer matches. Read the row again and reapply the change. */
public class OptimisticLockException extends ToastyException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with its message and, where there is one, the driver's exception as cause. */
    public OptimisticLockException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Creates the exception with its message. */
    public OptimisticLockException(String message) {
        super(message, null);
    }
}
