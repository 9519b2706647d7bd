package io.toasty;

/** The database refused a value too large or too long for its column. */
public class ValueOutOfRangeException extends DataIntegrityException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with its message and, where there is one, the driver's exception as cause. */
    public ValueOutOfRangeException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Creates the exception with its message. */
    public ValueOutOfRangeException(String message) {
        super(message, null);
    }
}
