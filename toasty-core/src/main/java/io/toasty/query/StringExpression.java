package io.toasty.query;

import java.util.List;

/**
 * A string expression, with pattern matching. In {@link #contains}, {@link #startsWith} and {@link #endsWith} the
 * value is taken literally: {@code %} and {@code _} in it match themselves. {@link #like} takes a SQL pattern.
 *
 * @param <M> the model whose fields the expression reads
 */
public sealed interface StringExpression<M> extends ComparableExpression<M, String>
        permits StringAttribute, StringCall {

    /** This in lower case. */
    default StringExpression<M> lower() {
        return new StringCall<>(SqlFunction.LOWER, List.of(this));
    }

    /** This in upper case. */
    default StringExpression<M> upper() {
        return new StringCall<>(SqlFunction.UPPER, List.of(this));
    }

    /** The number of characters. */
    default NumericExpression<M, Integer> length() {
        return new NumericCall<>(SqlFunction.LENGTH, List.of(this));
    }

    @Override
    default StringExpression<M> min() {
        return new StringCall<>(SqlFunction.MIN, List.of(this));
    }

    @Override
    default StringExpression<M> max() {
        return new StringCall<>(SqlFunction.MAX, List.of(this));
    }

    @Override
    default StringExpression<M> coalesce(String fallback) {
        return new StringCall<>(SqlFunction.COALESCE, List.of(this, Value.of(this, fallback, "coalesce")));
    }

    /** Contains {@code text}. */
    default Condition<M> contains(String text) {
        return Like.literal(this, "%", text, "%", false);
    }

    /** Contains {@code text}, ignoring case. */
    default Condition<M> containsIgnoreCase(String text) {
        return Like.literal(this, "%", text, "%", true);
    }

    /** Starts with {@code prefix}. */
    default Condition<M> startsWith(String prefix) {
        return Like.literal(this, "", prefix, "%", false);
    }

    /** Starts with {@code prefix}, ignoring case. */
    default Condition<M> startsWithIgnoreCase(String prefix) {
        return Like.literal(this, "", prefix, "%", true);
    }

    /** Ends with {@code suffix}. */
    default Condition<M> endsWith(String suffix) {
        return Like.literal(this, "%", suffix, "", false);
    }

    /** Ends with {@code suffix}, ignoring case. */
    default Condition<M> endsWithIgnoreCase(String suffix) {
        return Like.literal(this, "%", suffix, "", true);
    }

    /**
     * Matches the SQL {@code LIKE} pattern: {@code %} matches any run of characters, {@code _} any one, and
     * {@code \} makes the next character literal.
     */
    default Condition<M> like(String pattern) {
        return Like.pattern(this, pattern, false);
    }

    /** Matches the SQL {@code LIKE} pattern, ignoring case. */
    default Condition<M> likeIgnoreCase(String pattern) {
        return Like.pattern(this, pattern, true);
    }

    /** Equal to {@code value}, ignoring case. */
    default Condition<M> eqIgnoreCase(String value) {
        return new Comparison<>(this, Comparison.Operator.EQ, Value.of(this, value, "eqIgnoreCase"), true);
    }
}
