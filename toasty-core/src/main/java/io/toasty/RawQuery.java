package io.toasty;

import java.util.List;
import java.util.Optional;

/**
 * A SQL statement written by hand, for what the typed queries cannot say (CTEs, window functions, database
 * specific syntax), made by {@link Toasty#sql}. Parameters are bound, never pasted into the text: {@code ?} takes the
 * positional values given with the text, {@code :name} the values given to {@link #bind}; a name that the text does
 * not declare, or one left without a value, is refused before any SQL. It runs like every other call: in the current
 * transaction (Toasty's or JTA's), else in autocommit. Immutable.
 *
 * <p>Rows are read by column label, ignoring case (H2 reports unquoted names in upper case) and underscores: into a
 * model of this Toasty (every stored field needs its column), into a record (by component name, else by position
 * when the counts agree), or, for a plain type such as {@code Long}, from the first column.
 */
public interface RawQuery {
    /** This statement with {@code :name} bound to {@code value} (null allowed). */
    RawQuery bind(String name, Object value);

    /** The rows, read into {@code type}. */
    <R> List<R> list(Class<R> type);

    /** The first row, read into {@code type}, if there is one. */
    <R> Optional<R> first(Class<R> type);

    /**
     * The one row, read into {@code type}.
     *
     * @throws NotFoundException when there is none
     * @throws NonUniqueResultException when there are more
     */
    <R> R one(Class<R> type);

    /** Runs a statement that returns no rows (an insert, update, delete or DDL) and returns its row count. */
    long execute();
}
