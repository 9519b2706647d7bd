package io.toasty.query;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A value in a statement: a field of model {@code M}, a bound value, or arithmetic over them.
 *
 * @param <M> the model whose fields the expression reads
 * @param <T> the Java type of the value
 */
public sealed interface Expression<M, T> permits Attribute, ComparableExpression, Value {

    /** The number of rows of the group where this is not null: {@code COUNT(x)}. */
    default NumericExpression<M, Long> count() {
        return new NumericCall<>(SqlFunction.COUNT, List.of(this));
    }

    /** The number of distinct non-null values of this in the group: {@code COUNT(DISTINCT x)}. */
    default NumericExpression<M, Long> countDistinct() {
        return new NumericCall<>(SqlFunction.COUNT_DISTINCT, List.of(this));
    }

    /** One of the values {@code subquery} selects. */
    default Condition<M> in(Subquery<?, ? extends T> subquery) {
        return new InSubquery<>(this, subquery, false);
    }

    /** None of the values {@code subquery} selects; as in SQL, a null among them matches no row. */
    default Condition<M> notIn(Subquery<?, ? extends T> subquery) {
        return new InSubquery<>(this, subquery, true);
    }

    /** Equal to {@code value}; for null use {@link #isNull()}. */
    default Condition<M> eq(T value) {
        return new Comparison<>(this, Comparison.Operator.EQ, Value.of(this, value, "eq"), false);
    }

    /** Equal to another expression, such as another field of the same model. */
    default Condition<M> eq(Expression<M, T> other) {
        return new Comparison<>(this, Comparison.Operator.EQ, other, false);
    }

    /** Not equal to {@code value}. As in SQL, rows where this is null match neither {@code eq} nor {@code ne}. */
    default Condition<M> ne(T value) {
        return new Comparison<>(this, Comparison.Operator.NE, Value.of(this, value, "ne"), false);
    }

    /** Not equal to another expression. */
    default Condition<M> ne(Expression<M, T> other) {
        return new Comparison<>(this, Comparison.Operator.NE, other, false);
    }

    /** One of {@code values}. An empty collection matches nothing; a long one is bound as one array where it can. */
    default Condition<M> in(Collection<? extends T> values) {
        return new InList<>(this, values, false);
    }

    /**
     * None of {@code values}. An empty collection matches every row; otherwise, as in SQL, rows where this is null
     * do not match.
     */
    default Condition<M> notIn(Collection<? extends T> values) {
        return new InList<>(this, values, true);
    }

    /** Is SQL {@code NULL}. */
    default Condition<M> isNull() {
        return new NullCheck<>(this, false);
    }

    /** Is not SQL {@code NULL}. */
    default Condition<M> isNotNull() {
        return new NullCheck<>(this, true);
    }

    /** Ascending order, nulls last. */
    default Order<M> asc() {
        return new Order<>(this, false, Order.Nulls.DEFAULT);
    }

    /** Descending order, nulls first. */
    default Order<M> desc() {
        return new Order<>(this, true, Order.Nulls.DEFAULT);
    }

    /** A bound value of the same type as this expression, for use on the left of a comparison. */
    default Expression<M, T> value(T value) {
        return Value.of(this, Objects.requireNonNull(value, "value"), "value");
    }
}
