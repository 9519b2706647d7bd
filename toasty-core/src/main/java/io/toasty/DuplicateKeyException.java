package io.toasty;

import java.util.List;

/**
 * An insert or update would have given two rows the same primary key or the same value under a unique constraint.
 * {@link #constraint()} and {@link #fields()} say which.
 */
public final class DuplicateKeyException extends DataIntegrityException {
    private static final long serialVersionUID = 1L;

    private final String constraint;
    private final List<String> fields;

    /**
     * Creates the exception.
     *
     * @param message the message
     * @param constraint the constraint's name, or empty when the database did not say
     * @param fields the model fields the constraint covers, or empty when unknown
     * @param cause the driver's exception
     */
    public DuplicateKeyException(String message, String constraint, List<String> fields, Throwable cause) {
        super(message, cause);
        this.constraint = constraint;
        this.fields = List.copyOf(fields);
    }

    /** The name of the violated constraint, or empty when the database did not say. */
    public String constraint() {
        return constraint;
    }

    /** The model fields the constraint covers, or empty when unknown. */
    public List<String> fields() {
        return fields;
    }
}
