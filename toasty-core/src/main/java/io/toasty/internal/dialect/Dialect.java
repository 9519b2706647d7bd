package io.toasty.internal.dialect;

import io.toasty.ToastyException;
import io.toasty.internal.meta.FieldMeta;
import io.toasty.internal.meta.ModelMeta;
import io.toasty.internal.meta.ValueKind;
import java.sql.SQLException;
import java.util.List;

/**
 * What differs between databases: column types, quoting, how large IN lists and generated keys are handled, and
 * what each SQLSTATE means. One implementation per database; a feature a database lacks is refused with an
 * {@link io.toasty.UnsupportedFeatureException} naming both.
 */
public interface Dialect {
    /** The default number of digits of a {@code BigInteger} column. */
    int BIG_INTEGER_DIGITS = 1000;

    /** The database's name, as users know it. */
    String name();

    /** Quotes an identifier (always: names come from model metadata and may be reserved words). */
    default String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** The column type of a field, as written in {@code CREATE TABLE}. */
    String columnType(FieldMeta field);

    /**
     * A column type read from JDBC metadata ({@code TYPE_NAME}, {@code COLUMN_SIZE}, {@code DECIMAL_DIGITS}),
     * spelled as {@link #columnType} writes it, so that the two compare as text: PostgreSQL's {@code int8} becomes
     * {@code bigint}, H2's {@code CHARACTER VARYING} of size 100 becomes {@code varchar(100)}.
     */
    String canonicalType(String typeName, int size, int digits);

    /** Whether {@code INSERT ... RETURNING} is available; otherwise JDBC's generated keys are used. */
    boolean supportsReturning();

    /** The most values one statement may bind. */
    int maxBindParameters();

    /** The JDBC array element type for binding an IN list of this kind as one array, or null if not possible. */
    String arrayElementType(ValueKind kind);

    /**
     * The length of a string as the database counts it against {@code varchar(n)}: PostgreSQL counts characters
     * (code points), H2 counts UTF-16 code units.
     */
    int textLength(String text);

    /** The most elements one bound array may hold. */
    int maxArrayLength();

    /** The placeholder of a JSON value: a cast or format clause around {@code ?}. */
    String jsonPlaceholder();

    /** Whether the database enforces read-only transactions when the connection is marked read-only. */
    boolean enforcesReadOnly();

    /** Whether DDL takes part in transactions (PostgreSQL) or commits implicitly (H2). */
    boolean transactionalDdl();

    /**
     * The insert of many rows given as one bound array per column, such as PostgreSQL's {@code INSERT INTO t (a, b)
     * SELECT * FROM unnest(?::int8[], ?::text[])}: one text for any number of rows, and one bound value per column
     * rather than per row and column. Null where the database has none, or where a column's kind does not travel
     * exactly in an array: then the rows go in a multi-row {@code VALUES} list.
     *
     * @param table the quoted table
     * @param columns the quoted columns, at least one
     * @param kinds the stored kind of each column
     */
    default String insertFromArrays(String table, List<String> columns, List<ValueKind> kinds) {
        return null;
    }

    /**
     * The statement of an upsert, returning the {@link UpsertShape#returning} columns of each row it inserted or
     * updated (never of a row it left alone).
     *
     * @throws io.toasty.UnsupportedFeatureException where the database has no upsert
     */
    default String upsert(UpsertShape shape) {
        throw new io.toasty.UnsupportedFeatureException(
                "Upsert is not supported on " + name() + ": insert, and update on a DuplicateKeyException");
    }

    /**
     * Whether one prepared text of several statements separated by {@code ;}, each with its own placeholders, runs
     * in one round trip with a result (rows or a count) per statement: then an atomic batch of different writes is
     * sent whole.
     */
    default boolean runsStatementsTogether() {
        return false;
    }

    /**
     * The SQL of the database's current time for a column of this kind: {@code LOCALTIMESTAMP} for a local date-time,
     * {@code CURRENT_TIMESTAMP} for the others.
     */
    default String currentTime(ValueKind kind) {
        return kind == ValueKind.LOCAL_DATE_TIME ? "LOCALTIMESTAMP" : "CURRENT_TIMESTAMP";
    }

    /**
     * The condition that an array column holds one bound element, with one {@code ?} for it: the standard
     * {@code ? = ANY(column)} by default.
     */
    default String arrayContains(String column) {
        return "? = ANY(" + column + ")";
    }

    /**
     * The text at a path inside a JSON column, with one {@code ?} bound to the path's keys as a text array.
     *
     * @throws io.toasty.UnsupportedFeatureException where the database has no JSON path operators
     */
    default String jsonPathText(String column, String field) {
        throw new io.toasty.UnsupportedFeatureException(
                "Conditions on a JSON path (" + field + ") are not supported on " + name()
                        + ", which has no JSON path operators: compare whole values, or filter in Java");
    }

    /** The codec that binds and reads a field. */
    default Codec codec(FieldMeta field) {
        return Codecs.forField(field, this);
    }

    /** Turns a driver exception into the Toasty exception named after the failure. */
    ToastyException translate(SQLException failure, ModelMeta<?> model, String operation);
}
