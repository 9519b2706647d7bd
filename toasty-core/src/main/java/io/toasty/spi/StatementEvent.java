package io.toasty.spi;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One statement that Toasty ran.
 *
 * @param sql the SQL text, with {@code ?} for each bound value
 * @param binds the bound values in order, or an empty list unless bind logging was enabled on the builder
 * @param bindCount how many values were bound
 * @param rows rows returned by a query, or rows touched by a write; -1 when the statement failed
 * @param duration how long the statement took, including reading its rows
 * @param failure the driver's exception when the statement failed
 * @param operation what the statement does, read from its SQL
 * @param model the model whose table the statement reads or writes first, when it is one of the Toasty's models:
 *     empty for DDL, savepoints, and raw SQL on other tables
 */
public record StatementEvent(
        String sql,
        List<Object> binds,
        int bindCount,
        long rows,
        Duration duration,
        Optional<SQLException> failure,
        Operation operation,
        Optional<Class<?>> model) {
    /** Checks the components; {@code binds} is copied. */
    public StatementEvent {
        Objects.requireNonNull(sql, "sql");
        // most events have no binds (bind logging is off by default): no stream per statement for them
        binds = binds.isEmpty()
                ? List.of()
                : List.copyOf(binds.stream().map(v -> v == null ? NULL : v).toList());
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(failure, "failure");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(model, "model");
    }

    /** An event without a known model, its operation read from {@code sql}. */
    public StatementEvent(
            String sql,
            List<Object> binds,
            int bindCount,
            long rows,
            Duration duration,
            Optional<SQLException> failure) {
        this(sql, binds, bindCount, rows, duration, failure, Operation.of(sql), Optional.empty());
    }

    /** Stands for a bound SQL {@code NULL} in {@link #binds()}, which holds no nulls. */
    public static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "NULL";
        }
    };

    /**
     * What a statement does, the same on every database: an upsert is {@link #UPSERT} whether the dialect writes it
     * {@code INSERT ... ON CONFLICT} or {@code MERGE}, and {@link #OTHER} covers DDL and transaction commands.
     */
    public enum Operation {
        /** A query. */
        SELECT,
        /** An insert. */
        INSERT,
        /** An update. */
        UPDATE,
        /** A delete. */
        DELETE,
        /** An insert that updates (or skips) the rows already there. */
        UPSERT,
        /** Anything else: DDL, savepoints, settings. */
        OTHER;

        /** The operation of a SQL text, from its leading keyword. */
        public static Operation of(String sql) {
            String text = sql.stripLeading();
            String first = keyword(text, 0);
            if (first.equals("SELECT")) {
                // H2 reads rows back from a write: SELECT ... FROM FINAL TABLE (MERGE INTO ...)
                int write = find(text, FINAL_TABLE);
                if (write >= 0) {
                    first = keyword(text, write + FINAL_TABLE.length());
                }
            }
            return switch (first) {
                case "SELECT", "WITH", "VALUES" -> SELECT;
                case "INSERT" -> find(text, ON_CONFLICT) >= 0 ? UPSERT : INSERT;
                case "MERGE" -> UPSERT;
                case "UPDATE" -> UPDATE;
                case "DELETE" -> DELETE;
                default -> OTHER;
            };
        }

        private static final String FINAL_TABLE = " FROM FINAL TABLE (";
        private static final String ON_CONFLICT = " ON CONFLICT ";

        /** Where {@code part} starts in {@code text}, ignoring case, without copying the text; -1 when absent. */
        private static int find(String text, String part) {
            for (int i = 0; i + part.length() <= text.length(); i++) {
                if (text.regionMatches(true, i, part, 0, part.length())) {
                    return i;
                }
            }
            return -1;
        }

        private static String keyword(String text, int start) {
            int end = start;
            while (end < text.length() && Character.isLetter(text.charAt(end))) {
                end++;
            }
            return text.substring(start, end).toUpperCase(Locale.ROOT);
        }
    }
}
