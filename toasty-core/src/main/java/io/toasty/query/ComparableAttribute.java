package io.toasty.query;

/**
 * A field whose values are ordered: dates and times, UUIDs, enums (by their stored form), characters.
 *
 * @param <M> the model
 * @param <T> the field's Java type
 */
public sealed class ComparableAttribute<M, T> extends Attribute<M, T> implements ComparableExpression<M, T>
        permits NumberAttribute, StringAttribute {
    /** Declares the attribute; called by the generated metamodel. */
    public ComparableAttribute(Class<M> model, String name, Class<T> type) {
        super(model, name, type);
    }
}
