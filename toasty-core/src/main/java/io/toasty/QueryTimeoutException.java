package io.toasty;

/** A statement or a transaction ran past its timeout and was cancelled. */
public class QueryTimeoutException extends ToastyException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with its message and, where there is one, the driver's exception as cause. */
    public QueryTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Creates the exception with its message. */
    public QueryTimeoutException(String message) {
        super(message, null);
    }
}
