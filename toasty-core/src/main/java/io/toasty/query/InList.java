package io.toasty.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The target is (or, negated, is not) one of a list of values. An empty list is valid: {@code IN} matches no row
 * and {@code NOT IN} every row.
 *
 * @param target the tested expression
 * @param values the values, none of them null
 * @param negated whether this is {@code NOT IN}
 * @param <M> the model
 */
public record InList<M>(Expression<M, ?> target, List<?> values, boolean negated) implements Condition<M> {

    /** Checks the parts and copies the values. */
    public InList {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(values, "values");
        List<Object> copy = new ArrayList<>(values.size());
        for (Object value : values) {
            if (value == null) {
                throw new IllegalArgumentException(target + (negated ? ".notIn" : ".in")
                        + "(...): the list holds null, which SQL never matches; test isNull() separately");
            }
            copy.add(value);
        }
        values = Collections.unmodifiableList(copy);
    }

    InList(Expression<M, ?> target, Collection<?> values, boolean negated) {
        this(target, values instanceof List<?> list ? list : List.copyOf(values), negated);
    }
}
