package io.toasty.query;

import java.util.Objects;

/**
 * The value of a subquery that selects one expression and finds at most one row (null when none).
 *
 * @param subquery the subquery
 * @param <M> the model of the enclosing query
 * @param <T> the value's type
 */
public record ScalarSubquery<M, T>(Subquery<?, T> subquery) implements ComparableExpression<M, T> {
    /** Checks that the subquery is not null. */
    public ScalarSubquery {
        Objects.requireNonNull(subquery, "subquery");
    }
}
