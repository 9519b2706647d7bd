package io.toasty.testing;

import io.toasty.spi.StatementEvent;
import io.toasty.spi.StatementListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Records every statement a {@link io.toasty.Toasty} made by {@link TestDatabase#toasty} runs, so that a test can
 * assert round trips ("one statement for the batch", "no N+1"). Thread-safe. The harness clears it after each test; a
 * test that counts statements clears it itself right before the code it measures, since the log also holds the DDL
 * that created the schema.
 */
public final class SqlLog implements StatementListener {
    private final List<StatementEvent> events = new ArrayList<>();

    @Override
    public synchronized void onStatement(StatementEvent event) {
        events.add(Objects.requireNonNull(event, "event"));
    }

    /** The events recorded so far, oldest first: a copy. */
    public synchronized List<StatementEvent> events() {
        return List.copyOf(events);
    }

    /** The SQL of the statements recorded so far, oldest first: a copy. */
    public synchronized List<String> statements() {
        return events.stream().map(StatementEvent::sql).toList();
    }

    /** How many statements were recorded. */
    public synchronized int count() {
        return events.size();
    }

    /** Forgets every statement recorded so far. */
    public synchronized void clear() {
        events.clear();
    }

    /** The recorded SQL, one statement a line, for assertion messages. */
    @Override
    public synchronized String toString() {
        return String.join("\n", statements());
    }
}
