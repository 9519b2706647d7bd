package io.toasty.spi;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
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
 */
public record StatementEvent(
        String sql, List<Object> binds, int bindCount, long rows, Duration duration, Optional<SQLException> failure) {
    /** Checks the components; {@code binds} is copied. */
    public StatementEvent {
        Objects.requireNonNull(sql, "sql");
        // most events have no binds (bind logging is off by default): no stream per statement for them
        binds = binds.isEmpty()
                ? List.of()
                : List.copyOf(binds.stream().map(v -> v == null ? NULL : v).toList());
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(failure, "failure");
    }

    /** Stands for a bound SQL {@code NULL} in {@link #binds()}, which holds no nulls. */
    public static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "NULL";
        }
    };
}
