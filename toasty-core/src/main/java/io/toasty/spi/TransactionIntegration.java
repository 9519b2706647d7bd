package io.toasty.spi;

import java.util.Optional;

/**
 * Lets Toasty join transactions that something else manages, such as JTA: inside one, every Toasty call of that
 * transaction runs on one connection, which Toasty takes from its {@code DataSource} (a pool that enlists it) on
 * first use and closes after completion. {@code toasty-jta} implements it over the
 * {@code TransactionSynchronizationRegistry}.
 *
 * <p>Called by Toasty at the start of every call made outside a transaction of its own. Implementations are
 * thread-safe.
 */
@FunctionalInterface
public interface TransactionIntegration {
    /**
     * The managed transaction active on the calling thread, or empty to run the call in autocommit. May throw a
     * {@link io.toasty.ToastyException} to refuse the call, for instance when the thread's transaction was rolled
     * back under it and work done now would run in autocommit.
     */
    Optional<ManagedTransaction> current();

    /** No managed transactions: outside {@code Toasty.transaction}, every call runs in autocommit. */
    static TransactionIntegration none() {
        return Optional::empty;
    }
}
