package io.toasty;

/**
 * The root of every exception Toasty throws. Unchecked: data-access failures are rarely handled where they occur.
 * The subclasses are named after the failure; their messages say what went wrong and, where it helps, how to fix
 * it.
 */
public class ToastyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with its message and, where there is one, the cause. */
    public ToastyException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Creates the exception with its message. */
    public ToastyException(String message) {
        super(message);
    }

    /**
     * Whether running the same work again, in a new transaction, may succeed: true for serialization failures and
     * deadlocks.
     */
    public boolean isRetryable() {
        return false;
    }
}
