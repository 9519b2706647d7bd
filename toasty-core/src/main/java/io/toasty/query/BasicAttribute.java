package io.toasty.query;

/**
 * A field whose values are only compared for equality: booleans, byte arrays, JSON and converted values.
 *
 * @param <M> the model
 * @param <T> the field's Java type
 */
public final class BasicAttribute<M, T> extends Attribute<M, T> {
    /** Declares the attribute; called by the generated metamodel. */
    public BasicAttribute(Class<M> model, String name, Class<T> type) {
        super(model, name, type);
    }

    /**
     * The text at {@code path} inside this {@link io.toasty.model.Json} field, to compare in a condition:
     * {@code prefs.jsonText("ui", "theme").eq("dark")}. PostgreSQL only; other databases refuse it before any SQL.
     */
    public JsonPathCondition.Text<M> jsonText(String... path) {
        return new JsonPathCondition.Text<>(this, java.util.Arrays.asList(path.clone()));
    }
}
