package io.toasty.query;

import java.util.Objects;

/**
 * A subquery finds (or, negated, finds no) row.
 *
 * @param subquery the subquery
 * @param negated whether this is {@code NOT EXISTS}
 * @param <M> the model of the enclosing query
 */
public record Exists<M>(Subquery<?, ?> subquery, boolean negated) implements Condition<M> {
    /** Checks that the subquery is not null. */
    public Exists {
        Objects.requireNonNull(subquery, "subquery");
    }
}
