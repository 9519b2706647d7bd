package io.toasty;

/** The database in use cannot do what was asked. The message names the feature and the database. */
public class UnsupportedFeatureException extends ToastyException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with its message and, where there is one, the driver's exception as cause. */
    public UnsupportedFeatureException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Creates the exception with its message. */
    public UnsupportedFeatureException(String message) {
        super(message, null);
    }
}
