package io.toasty.query;

import java.util.Objects;

/**
 * The target matches a SQL {@code LIKE} pattern whose escape character is {@code \}.
 *
 * @param target the tested string expression
 * @param pattern the pattern, with {@code %}, {@code _} and {@code \} escaped where they are meant literally
 * @param ignoreCase whether case is ignored
 * @param <M> the model
 */
public record Like<M>(Expression<M, String> target, String pattern, boolean ignoreCase) implements Condition<M> {

    /** The escape character of every pattern. */
    public static final char ESCAPE = '\\';

    /** Checks that no part is null. */
    public Like {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(pattern, "pattern");
    }

    static <M> Like<M> literal(
            Expression<M, String> target, String before, String text, String after, boolean ignoreCase) {
        Value.of(target, text, "like");
        return new Like<>(target, before + escape(text) + after, ignoreCase);
    }

    static <M> Like<M> pattern(Expression<M, String> target, String pattern, boolean ignoreCase) {
        Value.of(target, pattern, "like");
        return new Like<>(target, pattern, ignoreCase);
    }

    /** Escapes the {@code LIKE} metacharacters of {@code text} so that it matches itself. */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' || c == '_' || c == ESCAPE) {
                escaped.append(ESCAPE);
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
