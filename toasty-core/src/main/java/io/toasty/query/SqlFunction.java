package io.toasty.query;

/**
 * The database functions an expression can call. The aggregates ({@link #aggregate()}) summarise the rows of a
 * group; the others compute a value per row.
 */
public enum SqlFunction {
    /** The database's current timestamp (the start of the transaction on PostgreSQL). */
    NOW("CURRENT_TIMESTAMP", false),
    /** A string in lower case. */
    LOWER("LOWER", false),
    /** A string in upper case. */
    UPPER("UPPER", false),
    /** The number of characters of a string. */
    LENGTH("CHAR_LENGTH", false),
    /** The first of its arguments that is not null. */
    COALESCE("COALESCE", false),
    /** The absolute value of a number. */
    ABS("ABS", false),
    /** The number of rows (no argument) or of non-null values. */
    COUNT("COUNT", true),
    /** The number of distinct non-null values. */
    COUNT_DISTINCT("COUNT", true),
    /** The sum of the values. */
    SUM("SUM", true),
    /** The mean of the values. */
    AVG("AVG", true),
    /** The smallest value. */
    MIN("MIN", true),
    /** The largest value. */
    MAX("MAX", true);

    private final String sql;
    private final boolean aggregate;

    SqlFunction(String sql, boolean aggregate) {
        this.sql = sql;
        this.aggregate = aggregate;
    }

    /** The SQL name. */
    public String sql() {
        return sql;
    }

    /** Whether it summarises the rows of a group. */
    public boolean aggregate() {
        return aggregate;
    }
}
