package io.toasty.query;

import java.util.Objects;

/**
 * The target is (or, negated, is not) one of the values a subquery selects.
 *
 * @param target the tested expression
 * @param subquery the subquery, selecting one expression
 * @param negated whether this is {@code NOT IN}
 * @param <M> the model
 */
public record InSubquery<M>(Expression<M, ?> target, Subquery<?, ?> subquery, boolean negated) implements Condition<M> {
    /** Checks that no part is null. */
    public InSubquery {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(subquery, "subquery");
    }
}
