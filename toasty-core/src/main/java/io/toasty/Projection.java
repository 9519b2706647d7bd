package io.toasty;

import io.toasty.query.Condition;
import io.toasty.query.Expression;
import io.toasty.query.Order;
import java.util.List;
import java.util.Optional;

/**
 * Chosen expressions of a query's rows, read into records (or, for one expression, into a plain value): fields,
 * arithmetic, functions and aggregates, optionally grouped. Made by {@link Query#select}; immutable like the query.
 *
 * <p>With {@link #groupBy} or any aggregate selected, every selected expression must be grouped or an aggregate:
 * otherwise the terminal methods throw {@link InvalidQueryException} before any SQL.
 *
 * @param <T> the model queried
 * @param <R> the type each row is read into
 */
public interface Projection<T, R> {
    /** Groups the rows by {@code expression} as well; one result row per group. */
    Projection<T, R> groupBy(Expression<T, ?> expression);

    /** Only groups that match {@code condition}, which may use aggregates; several calls are joined with AND. */
    Projection<T, R> having(Condition<T> condition);

    /** Sorts by {@code order}, which may use aggregates, replacing any order set before. */
    Projection<T, R> orderBy(Order<T> order);

    /** Sorts by {@code order} after the orders already set. */
    Projection<T, R> thenBy(Order<T> order);

    /** Returns at most {@code count} rows. */
    Projection<T, R> limit(int count);

    /** Skips the first {@code count} rows. */
    Projection<T, R> offset(long count);

    /** The rows, in order. */
    List<R> list();

    /** The first row, if there is one. */
    Optional<R> first();

    /**
     * The one row.
     *
     * @throws NotFoundException when there is none
     * @throws NonUniqueResultException when there are more
     */
    R one();
}
