package io.toasty.internal.dialect;

import java.util.List;

/**
 * The shape of an insert-or-update (or insert-or-ignore) of {@code rows} rows, which a {@link Dialect} renders into
 * its own statement. Identifiers are quoted already.
 *
 * @param table the table
 * @param columns the inserted columns
 * @param values per column: its placeholder when each row binds a value, or else the SQL the database computes
 * @param bound per column: whether each row binds a value for it
 * @param rows the number of rows
 * @param conflict the columns of the unique key a conflict is detected on
 * @param updates what an existing row gets; empty to leave it as it is
 * @param returning the columns each resulting row returns, as a select list
 */
public record UpsertShape(
        String table,
        List<String> columns,
        List<String> values,
        List<Boolean> bound,
        int rows,
        List<String> conflict,
        List<Update> updates,
        String returning) {

    /** How an existing row's column is set. */
    public enum Source {
        /** To the value the new row would have had. */
        NEW_ROW,
        /** To its own value plus one (a version). */
        INCREMENT,
        /** To {@code CURRENT_TIMESTAMP}. */
        NOW
    }

    /**
     * One column of an existing row that an upsert sets.
     *
     * @param column the quoted column
     * @param source what it is set to
     */
    public record Update(String column, Source source) {}
}
