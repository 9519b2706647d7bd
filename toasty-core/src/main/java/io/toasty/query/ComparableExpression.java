package io.toasty.query;

import java.util.List;

/**
 * An expression whose values are ordered: numbers, strings, dates and times, UUIDs.
 *
 * @param <M> the model whose fields the expression reads
 * @param <T> the Java type of the value
 */
public sealed interface ComparableExpression<M, T> extends Expression<M, T>
        permits ComparableAttribute, NumericExpression, StringExpression, Call, ScalarSubquery {

    /** The smallest value of the group. */
    default ComparableExpression<M, T> min() {
        return new Call<>(SqlFunction.MIN, List.of(this));
    }

    /** The largest value of the group. */
    default ComparableExpression<M, T> max() {
        return new Call<>(SqlFunction.MAX, List.of(this));
    }

    /** This, or {@code fallback} where this is null. */
    default ComparableExpression<M, T> coalesce(T fallback) {
        return new Call<>(SqlFunction.COALESCE, List.of(this, Value.of(this, fallback, "coalesce")));
    }

    /** Less than {@code value}. */
    default Condition<M> lt(T value) {
        return new Comparison<>(this, Comparison.Operator.LT, Value.of(this, value, "lt"), false);
    }

    /** Less than another expression. */
    default Condition<M> lt(Expression<M, T> other) {
        return new Comparison<>(this, Comparison.Operator.LT, other, false);
    }

    /** Less than or equal to {@code value}. */
    default Condition<M> le(T value) {
        return new Comparison<>(this, Comparison.Operator.LE, Value.of(this, value, "le"), false);
    }

    /** Less than or equal to another expression. */
    default Condition<M> le(Expression<M, T> other) {
        return new Comparison<>(this, Comparison.Operator.LE, other, false);
    }

    /** Greater than {@code value}. */
    default Condition<M> gt(T value) {
        return new Comparison<>(this, Comparison.Operator.GT, Value.of(this, value, "gt"), false);
    }

    /** Greater than another expression. */
    default Condition<M> gt(Expression<M, T> other) {
        return new Comparison<>(this, Comparison.Operator.GT, other, false);
    }

    /** Greater than or equal to {@code value}. */
    default Condition<M> ge(T value) {
        return new Comparison<>(this, Comparison.Operator.GE, Value.of(this, value, "ge"), false);
    }

    /** Greater than or equal to another expression. */
    default Condition<M> ge(Expression<M, T> other) {
        return new Comparison<>(this, Comparison.Operator.GE, other, false);
    }

    /** Between {@code low} and {@code high}, both included. */
    default Condition<M> between(T low, T high) {
        return new Between<>(this, Value.of(this, low, "between"), Value.of(this, high, "between"));
    }
}
