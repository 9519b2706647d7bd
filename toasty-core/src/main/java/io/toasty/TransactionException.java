package io.toasty;

/** A transaction could not be used as asked: it was rolled back because a statement in it failed, it is read-only and a write was attempted, or its options conflict with the transaction it joins. */
public class TransactionException extends ToastyException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with its message and, where there is one, the driver's exception as cause. */
    public TransactionException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Creates the exception with its message. */
    public TransactionException(String message) {
        super(message, null);
    }
}
