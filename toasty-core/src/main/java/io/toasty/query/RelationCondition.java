package io.toasty.query;

import java.util.Objects;

/**
 * A condition through a relation: rows of {@code M} with any, all or none of their related rows matching a
 * condition on the related model. Rendered as an {@code EXISTS} subquery, so no row is returned twice.
 *
 * @param relation the relation followed
 * @param quantifier how many related rows must match
 * @param condition the condition on the related rows
 * @param <M> the model
 */
public record RelationCondition<M>(RelationAttribute<M, ?> relation, Quantifier quantifier, Condition<?> condition)
        implements Condition<M> {
    /** How many related rows must match. */
    public enum Quantifier {
        /** At least one. */
        ANY,
        /** Every one (true when there are none). */
        ALL,
        /** Not one. */
        NONE
    }

    /** Checks that no part is null. */
    public RelationCondition {
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(quantifier, "quantifier");
        Objects.requireNonNull(condition, "condition");
    }
}
