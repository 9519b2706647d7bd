package io.toasty.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What {@code include(...)} loads: a relation, the condition and order of its related rows, and the relations to
 * load on them in turn. Immutable: every method returns a new include.
 *
 * <pre>{@code
 * users.query().include(User_.posts.where(Post_.published.eq(true)).include(Post_.comments)).list();
 * }</pre>
 *
 * @param relation the relation loaded
 * @param conditions conditions the related rows must match, joined with AND
 * @param orders the order of the related rows of each object
 * @param nested includes loaded on the related objects
 * @param includesDeleted whether related rows of a {@link io.toasty.model.SoftDelete} model that were deleted are loaded
 *     too; false by default, leaving them out like every other read
 * @param <M> the model that declares the relation
 * @param <T> the related model
 */
public record Include<M, T>(
        RelationAttribute<M, T> relation,
        List<Condition<T>> conditions,
        List<Order<T>> orders,
        List<Include<T, ?>> nested,
        boolean includesDeleted) {
    /** Checks and copies the parts. */
    public Include {
        Objects.requireNonNull(relation, "relation");
        conditions = List.copyOf(conditions);
        orders = List.copyOf(orders);
        nested = List.copyOf(nested);
    }

    /** An include that leaves soft-deleted related rows out, as includes do unless {@link #withDeleted()} is asked. */
    public Include(
            RelationAttribute<M, T> relation,
            List<Condition<T>> conditions,
            List<Order<T>> orders,
            List<Include<T, ?>> nested) {
        this(relation, conditions, orders, nested, false);
    }

    /** An include of {@code relation} alone. */
    public static <M, T> Include<M, T> of(RelationAttribute<M, T> relation) {
        return new Include<>(relation, List.of(), List.of(), List.of());
    }

    /** Related rows must also match {@code condition}. */
    public Include<M, T> where(Condition<T> condition) {
        return new Include<>(
                relation,
                append(conditions, Objects.requireNonNull(condition, "condition")),
                orders,
                nested,
                includesDeleted);
    }

    /** Sorts the related rows of each object by {@code order}, replacing any order set before. */
    public Include<M, T> orderBy(Order<T> order) {
        return new Include<>(
                relation, conditions, List.of(Objects.requireNonNull(order, "order")), nested, includesDeleted);
    }

    /** Sorts the related rows by {@code order} after the orders already set. */
    public Include<M, T> thenBy(Order<T> order) {
        return new Include<>(
                relation, conditions, append(orders, Objects.requireNonNull(order, "order")), nested, includesDeleted);
    }

    /**
     * Also loads related rows that were soft-deleted ({@link io.toasty.model.SoftDelete}), which includes leave out
     * by default. Applies to this level only: a nested include asks for its own. For a many-to-many it applies to
     * the target rows; a soft-deleted join row still means the two are not related.
     */
    public Include<M, T> withDeleted() {
        return new Include<>(relation, conditions, orders, nested, true);
    }

    /** Also loads {@code next} on each related object. */
    public Include<M, T> include(RelationAttribute<T, ?> next) {
        return include(of(Objects.requireNonNull(next, "next")));
    }

    /** Also loads {@code next} on each related object. */
    public Include<M, T> include(Include<T, ?> next) {
        return new Include<>(
                relation, conditions, orders, append(nested, Objects.requireNonNull(next, "next")), includesDeleted);
    }

    private static <E> List<E> append(List<E> list, E element) {
        List<E> more = new ArrayList<>(list);
        more.add(element);
        return more;
    }
}
