package io.toasty.query;

import java.util.Objects;

/**
 * The target is (or, negated, is not) SQL {@code NULL}.
 *
 * @param target the tested expression
 * @param negated whether this is {@code IS NOT NULL}
 * @param <M> the model
 */
public record NullCheck<M>(Expression<M, ?> target, boolean negated) implements Condition<M> {
    /** Checks that the target is not null. */
    public NullCheck {
        Objects.requireNonNull(target, "target");
    }
}
