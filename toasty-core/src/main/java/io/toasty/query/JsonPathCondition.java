package io.toasty.query;

import java.util.List;
import java.util.Objects;

/**
 * A condition on the text at a path inside a JSON field: {@code Settings_.prefs.jsonText("theme").eq("dark")}. Where
 * the database has no JSON path operators, Toasty refuses it before any SQL rather than emulating it.
 *
 * @param target the JSON field
 * @param path the keys from the document's root, at least one
 * @param operator how the text at the path is compared
 * @param value the text compared with; null for {@code IS NULL} (with {@code EQ}) or {@code IS NOT NULL} ({@code NE})
 * @param <M> the model
 */
public record JsonPathCondition<M>(
        BasicAttribute<M, ?> target, List<String> path, Comparison.Operator operator, String value)
        implements Condition<M> {

    /** Checks and copies the parts. */
    public JsonPathCondition {
        Objects.requireNonNull(target, "target");
        path = List.copyOf(path);
        if (path.isEmpty()) {
            throw new IllegalArgumentException("a JSON path needs at least one key");
        }
        Objects.requireNonNull(operator, "operator");
        if (value == null && operator != Comparison.Operator.EQ && operator != Comparison.Operator.NE) {
            throw new IllegalArgumentException("only eq and ne compare a JSON path with null");
        }
    }

    /**
     * The text at a path of a JSON field, to compare: made by {@link BasicAttribute#jsonText}.
     *
     * @param target the JSON field
     * @param path the keys from the document's root
     * @param <M> the model
     */
    public record Text<M>(BasicAttribute<M, ?> target, List<String> path) {
        /** Checks and copies the parts. */
        public Text {
            Objects.requireNonNull(target, "target");
            path = List.copyOf(path);
        }

        /** The text equals {@code value}; null matches a missing key or a JSON null. */
        public Condition<M> eq(String value) {
            return new JsonPathCondition<>(target, path, Comparison.Operator.EQ, value);
        }

        /** The text differs from {@code value}; null matches any present, non-null value. */
        public Condition<M> ne(String value) {
            return new JsonPathCondition<>(target, path, Comparison.Operator.NE, value);
        }

        /** The text compares with {@code value} as text. */
        public Condition<M> compare(Comparison.Operator operator, String value) {
            return new JsonPathCondition<>(target, path, operator, Objects.requireNonNull(value, "value"));
        }
    }
}
