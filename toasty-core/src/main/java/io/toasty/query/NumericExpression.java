package io.toasty.query;

import java.util.List;

/**
 * A numeric expression, with arithmetic. The database computes the arithmetic with its own rules: integer
 * division truncates, and an overflow fails the statement.
 *
 * @param <M> the model whose fields the expression reads
 * @param <N> the Java type of the value
 */
public sealed interface NumericExpression<M, N> extends ComparableExpression<M, N>
        permits NumberAttribute, Arithmetic, NumericCall {

    /**
     * The sum of the group's values. Typed as this expression so that it compares with its values; the database
     * widens it (a sum of {@code int} is a {@code bigint}), so read it into a {@code long} or wider component.
     */
    default NumericExpression<M, N> sum() {
        return new NumericCall<>(SqlFunction.SUM, List.of(this));
    }

    /**
     * The mean of the group's values. Typed as this expression so that it compares with its values; its value is
     * fractional, so read it into a {@code double} or {@code BigDecimal} component.
     */
    default NumericExpression<M, N> avg() {
        return new NumericCall<>(SqlFunction.AVG, List.of(this));
    }

    /** The absolute value. */
    default NumericExpression<M, N> abs() {
        return new NumericCall<>(SqlFunction.ABS, List.of(this));
    }

    @Override
    default NumericExpression<M, N> min() {
        return new NumericCall<>(SqlFunction.MIN, List.of(this));
    }

    @Override
    default NumericExpression<M, N> max() {
        return new NumericCall<>(SqlFunction.MAX, List.of(this));
    }

    @Override
    default NumericExpression<M, N> coalesce(N fallback) {
        return new NumericCall<>(SqlFunction.COALESCE, List.of(this, Value.of(this, fallback, "coalesce")));
    }

    /** This plus {@code value}. */
    default NumericExpression<M, N> plus(N value) {
        return new Arithmetic<>(this, Arithmetic.Operator.PLUS, Value.of(this, value, "plus"));
    }

    /** This plus another numeric expression. */
    default NumericExpression<M, N> plus(NumericExpression<M, ? extends N> other) {
        return new Arithmetic<>(this, Arithmetic.Operator.PLUS, other);
    }

    /** This minus {@code value}. */
    default NumericExpression<M, N> minus(N value) {
        return new Arithmetic<>(this, Arithmetic.Operator.MINUS, Value.of(this, value, "minus"));
    }

    /** This minus another numeric expression. */
    default NumericExpression<M, N> minus(NumericExpression<M, ? extends N> other) {
        return new Arithmetic<>(this, Arithmetic.Operator.MINUS, other);
    }

    /** This times {@code value}. */
    default NumericExpression<M, N> times(N value) {
        return new Arithmetic<>(this, Arithmetic.Operator.TIMES, Value.of(this, value, "times"));
    }

    /** This times another numeric expression. */
    default NumericExpression<M, N> times(NumericExpression<M, ? extends N> other) {
        return new Arithmetic<>(this, Arithmetic.Operator.TIMES, other);
    }

    /** This divided by {@code value}. */
    default NumericExpression<M, N> dividedBy(N value) {
        return new Arithmetic<>(this, Arithmetic.Operator.DIVIDED_BY, Value.of(this, value, "dividedBy"));
    }

    /** This divided by another numeric expression. */
    default NumericExpression<M, N> dividedBy(NumericExpression<M, ? extends N> other) {
        return new Arithmetic<>(this, Arithmetic.Operator.DIVIDED_BY, other);
    }
}
