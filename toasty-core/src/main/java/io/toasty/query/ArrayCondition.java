package io.toasty.query;

import java.util.List;
import java.util.Objects;

/**
 * A condition on an array field: it contains all of some elements, overlaps some, or its length compares with a
 * number.
 *
 * @param target the array field
 * @param kind what is checked
 * @param elements the elements for {@link Kind#CONTAINS_ALL} and {@link Kind#OVERLAPS}
 * @param operator the comparison for {@link Kind#LENGTH}, else null
 * @param length the length compared with, for {@link Kind#LENGTH}
 * @param <M> the model
 */
public record ArrayCondition<M>(
        ArrayAttribute<M, ?> target, Kind kind, List<?> elements, Comparison.Operator operator, int length)
        implements Condition<M> {

    /** What an array condition checks. */
    public enum Kind {
        /** Every element is in the array. */
        CONTAINS_ALL,
        /** At least one element is in the array. */
        OVERLAPS,
        /** The array's length compares with a number. */
        LENGTH
    }

    /** Checks and copies the parts. */
    public ArrayCondition {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(kind, "kind");
        elements = List.copyOf(elements);
    }
}
