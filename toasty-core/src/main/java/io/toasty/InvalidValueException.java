package io.toasty;

/** A value was refused before any SQL was sent: a null key, a string with a NUL character or an unpaired surrogate, a number or text too large for its column, or a value of the wrong type. The message names the model, the field and the value. */
public class InvalidValueException extends ToastyException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with its message and, where there is one, the driver's exception as cause. */
    public InvalidValueException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Creates the exception with its message. */
    public InvalidValueException(String message) {
        super(message, null);
    }
}
