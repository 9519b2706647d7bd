package io.toasty;

import io.toasty.query.Assignment;
import io.toasty.query.Condition;
import io.toasty.query.Expression;
import io.toasty.query.Include;
import io.toasty.query.Order;
import io.toasty.query.RelationAttribute;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A query over the rows of one model. Immutable: every method that refines it returns a new query, so a query can
 * be kept and reused. The terminal methods ({@link #list()}, {@link #count()}, {@link #update}, ...) each run one
 * statement.
 *
 * <pre>{@code
 * users.query()
 *     .where(User_.age.ge(18).and(User_.name.startsWith("A")))
 *     .orderBy(User_.name.asc()).thenBy(User_.id.desc())
 *     .limit(50)
 *     .list();
 * }</pre>
 *
 * @param <T> the model
 */
public interface Query<T> {
    /** Only rows that also match {@code condition}; several calls are joined with AND. */
    Query<T> where(Condition<T> condition);

    /** Sorts by {@code order}, replacing any order set before. */
    Query<T> orderBy(Order<T> order);

    /** Sorts by {@code order} after the orders already set. */
    Query<T> thenBy(Order<T> order);

    /**
     * Also reads a {@link io.toasty.Deferred} field, which queries leave out by default: {@code
     * query().include(Article_.body)}.
     *
     * @throws MappingException before any SQL when {@code field} is not a deferred field of this model
     */
    Query<T> include(io.toasty.query.Attribute<T, ?> field);

    /** Returns at most {@code count} rows. */
    Query<T> limit(int count);

    /** Skips the first {@code count} rows. */
    Query<T> offset(long count);

    /**
     * Also loads {@code relation} on every row read by {@link #list()}, {@link #first()}, {@link #last()} and
     * {@link #one()}: one more statement for all rows together, never one per row.
     *
     * @throws MappingException before any SQL when {@code relation} is not a relation of this model, or is a cycle
     */
    Query<T> include(RelationAttribute<T, ?> relation);

    /**
     * Also loads an include, with its own filter, order and nested includes: one statement per relation and level.
     *
     * @throws MappingException before any SQL when the include does not fit this model or is a cycle
     */
    Query<T> include(Include<T, ?> include);

    /** Also matches rows of a {@link io.toasty.model.SoftDelete} model that were deleted. */
    Query<T> withDeleted();

    /** The matching rows, in order. */
    List<T> list();

    /**
     * The matching rows as a lazy stream, read from the database as it is consumed. The stream holds a connection
     * until it is closed: use it in try-with-resources.
     */
    Stream<T> stream();

    /** The first matching row, in the query's order (by key when it has none). */
    Optional<T> first();

    /** The last matching row, in the query's order (by key when it has none). */
    Optional<T> last();

    /**
     * The one matching row.
     *
     * @throws NotFoundException when no row matches
     * @throws NonUniqueResultException when more than one does
     */
    T one();

    /**
     * The matching row with this key (one value per {@link io.toasty.model.Key} field, in declaration order), with
     * the query's includes and deferred fields loaded: one statement, plus one per include and level. This is how to
     * read one object by key together with its relations: {@code users.query().include(User_.posts).find(id)}. The
     * query's conditions and {@link #withDeleted()} apply, its order does not.
     *
     * @throws InvalidValueException before any SQL when the key has the wrong number or type of values
     * @throws InvalidQueryException when the query has a limit or offset
     */
    Optional<T> find(Object... key);

    /**
     * {@link #find(Object...)}, for a row that must exist.
     *
     * @throws NotFoundException naming the model and the key when no matching row has it
     */
    T get(Object... key);

    /** The number of matching rows; limit and offset are applied. */
    long count();

    /** Whether any row matches. */
    boolean exists();

    /**
     * Sets a field of every matching row in one statement (and increments the version of a versioned model).
     *
     * @return the number of rows changed
     */
    long update(Assignment<T> assignment);

    /** Sets several fields of every matching row in one statement; returns the number of rows changed. */
    long update(List<Assignment<T>> assignments);

    /**
     * Deletes every matching row in one statement; returns the number of rows deleted. For a
     * {@link io.toasty.model.SoftDelete} model this sets their deleted-at time instead.
     */
    long delete();

    /** Deletes every matching row in one statement, removing them even from a soft-deleting model. */
    long hardDelete();

    /**
     * The first page of at most {@code size} rows, by keyset pagination: in the query's order with the model's key
     * appended as tie-breaker, so that every row appears on exactly one page even while rows are added. Follow
     * {@link Page#next()} and {@link Page#previous()} with {@link #page(String)}. One statement per page.
     *
     * @throws InvalidQueryException when the query orders by something other than fields, or has a limit or offset
     */
    Page<T> page(int size);

    /**
     * The page a cursor of an earlier page points to, of the same size: the rows after it for {@link Page#next()},
     * before it for {@link Page#previous()}. The query must have the same order as the one that made the cursor;
     * its conditions may differ.
     *
     * @throws InvalidCursorException before any SQL when the cursor was changed, signed with another key, or made
     *     by a query of another model or order
     */
    Page<T> page(String cursor);

    /**
     * Page {@code number} (from 1) of at most {@code size} rows, by offset, with the total number of matching rows:
     * two statements. Rows added between two calls shift the pages; prefer {@link #page(int)} where that matters.
     */
    NumberedPage<T> pageNumber(int number, int size);

    /**
     * Reads {@code expressions} of the matching rows into {@code type}: a record with one component per expression,
     * in order, or a plain type such as {@code Long} for a single expression. Fields read as their own type;
     * aggregates and arithmetic into any numeric component where the value fits. The query's conditions, order,
     * limit and offset carry over.
     *
     * @throws InvalidQueryException when the record's components do not match the expressions
     */
    <R> Projection<T, R> select(Class<R> type, List<? extends Expression<T, ?>> expressions);

    /** {@link #select(Class, List)} of one expression. */
    default <R> Projection<T, R> select(Class<R> type, Expression<T, ?> expression) {
        return select(type, List.of(expression));
    }

    /** {@link #select(Class, List)} of two expressions. */
    default <R> Projection<T, R> select(Class<R> type, Expression<T, ?> first, Expression<T, ?> second) {
        return select(type, List.of(first, second));
    }

    /** {@link #select(Class, List)} of three expressions. */
    default <R> Projection<T, R> select(
            Class<R> type, Expression<T, ?> first, Expression<T, ?> second, Expression<T, ?> third) {
        return select(type, List.of(first, second, third));
    }

    /** {@link #select(Class, List)} of four expressions. */
    default <R> Projection<T, R> select(
            Class<R> type,
            Expression<T, ?> first,
            Expression<T, ?> second,
            Expression<T, ?> third,
            Expression<T, ?> fourth) {
        return select(type, List.of(first, second, third, fourth));
    }
}
