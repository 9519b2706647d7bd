package io.toasty.query;

/**
 * A string field, with pattern matching and case-insensitive comparison.
 *
 * @param <M> the model
 */
public final class StringAttribute<M> extends ComparableAttribute<M, String> implements StringExpression<M> {
    /** Declares the attribute; called by the generated metamodel. */
    public StringAttribute(Class<M> model, String name) {
        super(model, name, String.class);
    }
}
