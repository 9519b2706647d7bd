package io.toasty;

/**
 * A query was refused before any SQL was sent because it cannot be right: a selected field that is neither grouped
 * nor aggregated, a projection whose record does not match the chosen fields, a raw SQL parameter that is missing or
 * unknown. The message names the model, the field or parameter at fault, and how to fix it.
 */
public class InvalidQueryException extends ToastyException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with its message and the cause, where there is one. */
    public InvalidQueryException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Creates the exception with its message. */
    public InvalidQueryException(String message) {
        super(message, null);
    }
}
