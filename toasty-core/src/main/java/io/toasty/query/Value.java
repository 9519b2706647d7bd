package io.toasty.query;

/**
 * A value bound as a statement parameter. It is encoded like the field it meets: compared with
 * {@code User_.status}, an enum is bound by name or by ordinal as that field is stored.
 *
 * @param value the value; null only in an assignment
 * @param counterpart the expression this value is compared with or assigned to
 * @param <M> the model
 * @param <T> the value's type
 */
public record Value<M, T>(T value, Expression<M, ?> counterpart) implements Expression<M, T> {

    static <M, T> Value<M, T> of(Expression<M, ?> counterpart, T value, String operation) {
        if (value == null) {
            throw new IllegalArgumentException(counterpart + "." + operation
                    + "(null): a condition cannot compare with null; use isNull() or isNotNull()");
        }
        return new Value<>(value, counterpart);
    }

    @Override
    public String toString() {
        return String.valueOf(value);
    }
}
