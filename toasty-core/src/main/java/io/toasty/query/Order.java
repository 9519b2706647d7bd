package io.toasty.query;

import java.util.Objects;

/**
 * One key of a sort order. Nulls sort last in ascending and first in descending order on every database, unless
 * {@link #nullsFirst()} or {@link #nullsLast()} says otherwise.
 *
 * @param expression what is sorted on
 * @param descending whether the order is descending
 * @param nulls where nulls go
 * @param <M> the model
 */
public record Order<M>(Expression<M, ?> expression, boolean descending, Nulls nulls) {

    /** Where null values sort. */
    public enum Nulls {
        /** Last when ascending, first when descending. */
        DEFAULT,
        /** Always first. */
        FIRST,
        /** Always last. */
        LAST
    }

    /** Checks that no part is null. */
    public Order {
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(nulls, "nulls");
    }

    /** This order with nulls first. */
    public Order<M> nullsFirst() {
        return new Order<>(expression, descending, Nulls.FIRST);
    }

    /** This order with nulls last. */
    public Order<M> nullsLast() {
        return new Order<>(expression, descending, Nulls.LAST);
    }

    /** The opposite order, nulls included. */
    public Order<M> reversed() {
        Nulls flipped =
                switch (nulls) {
                    case DEFAULT -> Nulls.DEFAULT;
                    case FIRST -> Nulls.LAST;
                    case LAST -> Nulls.FIRST;
                };
        return new Order<>(expression, !descending, flipped);
    }
}
