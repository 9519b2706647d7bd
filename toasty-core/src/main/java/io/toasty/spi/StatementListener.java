package io.toasty.spi;

/**
 * Sees every statement Toasty runs, after it ran, with its timing and outcome: for metrics, tracing, or tests that
 * count round trips. Called on the thread that ran the statement; implementations must be fast and thread-safe,
 * and an exception they throw is logged and otherwise ignored.
 */
@FunctionalInterface
public interface StatementListener {
    /** Called once per statement, after it completed or failed. */
    void onStatement(StatementEvent event);

    /**
     * The listener that does nothing: always the same instance, so that Toasty can tell it apart and skip building
     * events no one reads.
     */
    static StatementListener none() {
        return NoStatementListener.INSTANCE;
    }
}
