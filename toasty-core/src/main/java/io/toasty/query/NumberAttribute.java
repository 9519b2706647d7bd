package io.toasty.query;

/**
 * A numeric field, with arithmetic.
 *
 * @param <M> the model
 * @param <N> the field's Java type, boxed
 */
public final class NumberAttribute<M, N> extends ComparableAttribute<M, N> implements NumericExpression<M, N> {
    /** Declares the attribute; called by the generated metamodel. */
    public NumberAttribute(Class<M> model, String name, Class<N> type) {
        super(model, name, type);
    }
}
