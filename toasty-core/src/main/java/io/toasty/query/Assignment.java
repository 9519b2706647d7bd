package io.toasty.query;

import java.util.Objects;

/**
 * One {@code SET field = value} of a set-based update, made by {@link Attribute#set(Object)}.
 *
 * @param target the assigned field
 * @param value the new value: a bound value (null allowed) or an expression over the row
 * @param <M> the model
 */
public record Assignment<M>(Attribute<M, ?> target, Expression<M, ?> value) {
    /** Checks that no part is null. */
    public Assignment {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(value, "value");
    }
}
