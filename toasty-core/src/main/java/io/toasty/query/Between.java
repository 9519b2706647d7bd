package io.toasty.query;

import java.util.Objects;

/**
 * The target lies between two bounds, both included.
 *
 * @param target the tested expression
 * @param low the lower bound
 * @param high the upper bound
 * @param <M> the model
 */
public record Between<M>(Expression<M, ?> target, Expression<M, ?> low, Expression<M, ?> high) implements Condition<M> {
    /** Checks that no part is null. */
    public Between {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(high, "high");
    }
}
