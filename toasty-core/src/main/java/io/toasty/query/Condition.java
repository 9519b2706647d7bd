package io.toasty.query;

import java.util.ArrayList;
import java.util.List;

/**
 * A condition on the rows of model {@code M}, built from the attributes of its metamodel and combined with
 * {@link #and}, {@link #or} and {@link #not}. Immutable.
 *
 * @param <M> the model
 */
public sealed interface Condition<M>
        permits Comparison,
                InList,
                NullCheck,
                Like,
                Between,
                Junction,
                Not,
                InSubquery,
                Exists,
                RawCondition,
                RelationCondition,
                ArrayCondition,
                JsonPathCondition {

    /** {@code subquery} finds a row: {@code EXISTS (...)}; correlate it to test each row of the query. */
    static <M> Condition<M> exists(Subquery<?, ?> subquery) {
        return new Exists<>(subquery, false);
    }

    /** {@code subquery} finds no row: {@code NOT EXISTS (...)}. */
    static <M> Condition<M> notExists(Subquery<?, ?> subquery) {
        return new Exists<>(subquery, true);
    }

    /**
     * A SQL fragment, for what the typed conditions cannot say. Its {@code ?} placeholders take {@code values},
     * which are bound, never pasted into the text. Identifiers are the database's: write them quoted and in lower
     * case, as Toasty creates them.
     */
    static <M> Condition<M> raw(String sql, Object... values) {
        return new RawCondition<>(sql, java.util.Arrays.asList(values));
    }

    /** Both this and {@code other}. */
    default Condition<M> and(Condition<M> other) {
        return Junction.of(Junction.Kind.AND, List.of(this, other));
    }

    /** This or {@code other}, or both. */
    default Condition<M> or(Condition<M> other) {
        return Junction.of(Junction.Kind.OR, List.of(this, other));
    }

    /** The opposite of this. */
    default Condition<M> not() {
        return new Not<>(this);
    }

    /** All of {@code conditions}; none at all matches every row. */
    @SafeVarargs
    static <M> Condition<M> all(Condition<M>... conditions) {
        List<Condition<M>> parts = new ArrayList<>(conditions.length);
        for (Condition<M> condition : conditions) {
            parts.add(condition);
        }
        return Junction.of(Junction.Kind.AND, parts);
    }

    /** At least one of {@code conditions}; none at all matches no row. */
    @SafeVarargs
    static <M> Condition<M> any(Condition<M>... conditions) {
        List<Condition<M>> parts = new ArrayList<>(conditions.length);
        for (Condition<M> condition : conditions) {
            parts.add(condition);
        }
        return Junction.of(Junction.Kind.OR, parts);
    }
}
