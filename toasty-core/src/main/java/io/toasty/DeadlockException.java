package io.toasty;

/** The database broke a deadlock by aborting this transaction (SQLSTATE 40P01 on PostgreSQL). Retry the whole transaction. */
public final class DeadlockException extends TransientDataAccessException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with its message and the driver's exception as cause. */
    public DeadlockException(String message, Throwable cause) {
        super(message, cause);
    }
}
