package io.toasty;

/** A model cannot be mapped to a table: no key, an unsupported field type, two {@code @Version} fields, or a class that is not a model of this {@link Toasty}. The message names the class and the field, and says how to fix it. */
public class MappingException extends ToastyException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with its message and, where there is one, the driver's exception as cause. */
    public MappingException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Creates the exception with its message. */
    public MappingException(String message) {
        super(message, null);
    }
}
