package io.toasty;

/**
 * A pagination cursor was refused before any SQL was sent: it was changed, it was made by a Toasty with another
 * cursor key (another process without a configured key, say), or it belongs to another model or another order.
 */
public class InvalidCursorException extends ToastyException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with its message. */
    public InvalidCursorException(String message) {
        super(message, null);
    }
}
