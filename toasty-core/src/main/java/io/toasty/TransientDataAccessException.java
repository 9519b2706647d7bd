package io.toasty;

/**
 * A failure that is not the fault of the work itself: running it again, in a new transaction, may succeed.
 * {@link #isRetryable()} is true.
 */
public abstract class TransientDataAccessException extends ToastyException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with its message and the driver's exception as cause. */
    protected TransientDataAccessException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public boolean isRetryable() {
        return true;
    }
}
