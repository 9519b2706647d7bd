package io.toasty.jta.internal;

import io.toasty.ToastyException;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

/** Tells whether a failure is a serialization failure or a deadlock, wherever in its causes the driver put it. */
final class Conflicts {
    /** Serialization failure, and PostgreSQL's deadlock. */
    private static final Set<String> SQLSTATES = Set.of("40001", "40P01");

    private Conflicts() {}

    /**
     * Whether {@code failure}, its causes, its suppressed exceptions (where Narayana puts the driver's error of a
     * failed commit, inside an {@code XAException}) or a chained {@link SQLException} is retryable.
     */
    static boolean retryable(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> pending = new ArrayDeque<>();
        pending.push(failure);
        while (!pending.isEmpty()) {
            Throwable current = pending.pop();
            if (!seen.add(current)) {
                continue;
            }
            if (current instanceof ToastyException toasty && toasty.isRetryable()) {
                return true;
            }
            if (current instanceof SQLException sql) {
                if (sql.getSQLState() != null && SQLSTATES.contains(sql.getSQLState())) {
                    return true;
                }
                if (sql.getNextException() != null) {
                    pending.push(sql.getNextException());
                }
            }
            if (current.getCause() != null) {
                pending.push(current.getCause());
            }
            for (Throwable suppressed : current.getSuppressed()) {
                pending.push(suppressed);
            }
        }
        return false;
    }
}
