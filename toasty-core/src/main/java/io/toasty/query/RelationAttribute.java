package io.toasty.query;

import java.util.List;
import java.util.Objects;

/**
 * A relation of model {@code M} to model {@code T}, as the generated metamodel declares it ({@code User_.posts}):
 * what {@code include(...)} loads, and what conditions through relations follow. Immutable; two relation
 * attributes are equal when they name the same relation of the same model.
 *
 * @param <M> the model that declares the relation
 * @param <T> the related model
 */
public final class RelationAttribute<M, T> {
    private final Class<M> model;
    private final String name;
    private final Class<T> target;

    /** Declares the relation; called by the generated metamodel. */
    public RelationAttribute(Class<M> model, String name, Class<T> target) {
        this.model = Objects.requireNonNull(model, "model");
        this.name = Objects.requireNonNull(name, "name");
        this.target = Objects.requireNonNull(target, "target");
    }

    /** The model that declares the relation. */
    public Class<M> model() {
        return model;
    }

    /** The relation field's name. */
    public String name() {
        return name;
    }

    /** The related model. */
    public Class<T> target() {
        return target;
    }

    /** Rows with at least one related row that matches {@code condition} (for belongs-to: whose target matches). */
    public Condition<M> any(Condition<T> condition) {
        return new RelationCondition<>(
                this, RelationCondition.Quantifier.ANY, Objects.requireNonNull(condition, "condition"));
    }

    /** Rows with at least one related row. */
    public Condition<M> exists() {
        return new RelationCondition<>(this, RelationCondition.Quantifier.ANY, Condition.all());
    }

    /** Rows whose related rows all match {@code condition}; true for a row with no related rows at all. */
    public Condition<M> all(Condition<T> condition) {
        return new RelationCondition<>(
                this, RelationCondition.Quantifier.ALL, Objects.requireNonNull(condition, "condition"));
    }

    /** Rows with no related row that matches {@code condition}. */
    public Condition<M> none(Condition<T> condition) {
        return new RelationCondition<>(
                this, RelationCondition.Quantifier.NONE, Objects.requireNonNull(condition, "condition"));
    }

    /** Rows with no related row at all. */
    public Condition<M> isEmpty() {
        return new RelationCondition<>(this, RelationCondition.Quantifier.NONE, Condition.all());
    }

    /** An include of this relation whose related rows must also match {@code condition}. */
    public Include<M, T> where(Condition<T> condition) {
        return Include.of(this).where(condition);
    }

    /** An include of this relation whose related rows are sorted by {@code order}. */
    public Include<M, T> orderBy(Order<T> order) {
        return Include.of(this).orderBy(order);
    }

    /** An include of this relation that also loads {@code nested} on each related object. */
    public Include<M, T> include(RelationAttribute<T, ?> nested) {
        return Include.of(this).include(nested);
    }

    /** An include of this relation that also loads {@code nested} on each related object. */
    public Include<M, T> include(Include<T, ?> nested) {
        return Include.of(this).include(nested);
    }

    /** An include of this relation that also loads soft-deleted related rows; see {@link Include#withDeleted()}. */
    public Include<M, T> withDeleted() {
        return Include.of(this).withDeleted();
    }

    /** This relation as an include with no filter, order or nested includes. */
    public Include<M, T> asInclude() {
        return new Include<>(this, List.of(), List.of(), List.of());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RelationAttribute<?, ?> that && model == that.model && name.equals(that.name);
    }

    @Override
    public int hashCode() {
        return model.hashCode() * 31 + name.hashCode();
    }

    @Override
    public String toString() {
        return model.getSimpleName() + "." + name;
    }
}
