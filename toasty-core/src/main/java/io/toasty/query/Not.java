package io.toasty.query;

import java.util.Objects;

/**
 * The negation of a condition.
 *
 * @param condition the negated condition
 * @param <M> the model
 */
public record Not<M>(Condition<M> condition) implements Condition<M> {
    /** Checks that the condition is not null. */
    public Not {
        Objects.requireNonNull(condition, "condition");
    }
}
