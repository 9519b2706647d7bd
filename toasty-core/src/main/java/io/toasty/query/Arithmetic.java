package io.toasty.query;

import java.util.Objects;

/**
 * Arithmetic over two numeric expressions, computed by the database.
 *
 * @param left the left operand
 * @param operator the operator
 * @param right the right operand
 * @param <M> the model
 * @param <N> the numeric type
 */
public record Arithmetic<M, N>(Expression<M, ?> left, Operator operator, Expression<M, ?> right)
        implements NumericExpression<M, N> {

    /** The four operators; SQL renders them as {@code + - * /}. */
    public enum Operator {
        /** Addition. */
        PLUS("+"),
        /** Subtraction. */
        MINUS("-"),
        /** Multiplication. */
        TIMES("*"),
        /** Division; integer division truncates. */
        DIVIDED_BY("/");

        private final String sql;

        Operator(String sql) {
            this.sql = sql;
        }

        /** The SQL symbol. */
        public String sql() {
            return sql;
        }
    }

    /** Checks that no part is null. */
    public Arithmetic {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(right, "right");
    }

    @Override
    public String toString() {
        return "(" + left + " " + operator.sql() + " " + right + ")";
    }
}
