package io.toasty.query;

import java.util.Objects;

/**
 * A stored field of model {@code M}, as the generated metamodel declares it ({@code User_.email}). Immutable;
 * two attributes are equal when they name the same field of the same model.
 *
 * @param <M> the model
 * @param <T> the field's Java type, boxed
 */
public abstract sealed class Attribute<M, T> implements Expression<M, T>
        permits BasicAttribute, ComparableAttribute, ArrayAttribute {
    private final Class<M> model;
    private final String name;
    private final Class<T> type;

    Attribute(Class<M> model, String name, Class<T> type) {
        this.model = Objects.requireNonNull(model, "model");
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
    }

    /** The model class. */
    public final Class<M> model() {
        return model;
    }

    /** The Java field name. */
    public final String name() {
        return name;
    }

    /** The field's Java type, boxed for primitives. */
    public final Class<T> type() {
        return type;
    }

    /** Sets this field to {@code value} (null allowed for nullable fields), in a set-based update. */
    public final Assignment<M> set(T value) {
        return new Assignment<>(this, value == null ? new Value<>(null, this) : Value.of(this, value, "set"));
    }

    /** Sets this field to the value of an expression, such as {@code User_.age.plus(1)}. */
    public final Assignment<M> set(Expression<M, T> value) {
        return new Assignment<>(this, value);
    }

    @Override
    public final boolean equals(Object other) {
        return other instanceof Attribute<?, ?> that && model == that.model && name.equals(that.name);
    }

    @Override
    public final int hashCode() {
        return model.hashCode() * 31 + name.hashCode();
    }

    @Override
    public final String toString() {
        return model.getSimpleName() + "." + name;
    }
}
