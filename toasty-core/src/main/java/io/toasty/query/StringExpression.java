package io.toasty.query;

/**
 * A string expression, with pattern matching. In {@link #contains}, {@link #startsWith} and {@link #endsWith} the
 * value is taken literally: {@code %} and {@code _} in it match themselves. {@link #like} takes a SQL pattern.
 *
 * @param <M> the model whose fields the expression reads
 */
public sealed interface StringExpression<M> extends ComparableExpression<M, String> permits StringAttribute {

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
