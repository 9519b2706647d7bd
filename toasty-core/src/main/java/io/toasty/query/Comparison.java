package io.toasty.query;

import java.util.Objects;

/**
 * Compares two expressions.
 *
 * @param left the left side, usually a field
 * @param operator how they compare
 * @param right the right side: a bound value or another expression
 * @param ignoreCase whether strings are compared without regard to case
 * @param <M> the model
 */
public record Comparison<M>(Expression<M, ?> left, Operator operator, Expression<M, ?> right, boolean ignoreCase)
        implements Condition<M> {

    /** The six comparison operators. */
    public enum Operator {
        /** Equal. */
        EQ("="),
        /** Not equal. */
        NE("<>"),
        /** Less than. */
        LT("<"),
        /** Less than or equal. */
        LE("<="),
        /** Greater than. */
        GT(">"),
        /** Greater than or equal. */
        GE(">=");

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
    public Comparison {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(right, "right");
    }
}
