package io.toasty.internal.dialect;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Moves the values of one field between Java and JDBC, for one database. Stateless and thread-safe. */
public interface Codec {
    /**
     * Checks a Java value and converts it to what is bound: an {@code Instant} to an {@code OffsetDateTime}, an
     * enum to its name, a JSON value to its text. Never called with null.
     *
     * @throws IllegalArgumentException saying why the value cannot be stored
     */
    Object encode(Object value);

    /**
     * Encodes a value compared with in a condition: like {@link #encode}, but without the column's size limits,
     * since a longer or more precise value is a valid thing to compare with (it matches nothing).
     */
    default Object encodeForComparison(Object value) {
        return encode(value);
    }

    /** Binds an encoded value, or SQL {@code NULL} for null. */
    void bind(PreparedStatement statement, int index, Object encoded) throws SQLException;

    /** Reads column {@code column} of the current row back into a Java value, or null. */
    Object read(ResultSet row, int column) throws SQLException;

    /**
     * The JDBC getter that reads this codec's column when {@link #read} does nothing but call it (and map SQL NULL
     * to null): the row reader then calls the getter itself, which saves two dispatches per column on the row path.
     * {@link Getter#NONE} for every codec that converts what it reads.
     */
    default Getter getter() {
        return Getter.NONE;
    }

    /** The plain JDBC getters the row reader calls directly; see {@link #getter()}. */
    enum Getter {
        /** {@link #read} is called. */
        NONE,
        /** {@code getString}. */
        STRING,
        /** {@code getLong}, then {@code wasNull} for 0. */
        LONG,
        /** {@code getInt}, then {@code wasNull} for 0. */
        INT,
        /** {@code getBoolean}, then {@code wasNull} for false. */
        BOOLEAN,
        /** {@code getDouble}, then {@code wasNull} for 0. */
        DOUBLE
    }

    /** The SQL placeholder for one bound value: {@code ?}, or a cast around it. */
    default String placeholder() {
        return "?";
    }
}
