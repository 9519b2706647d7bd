package io.toasty.jta;

import io.toasty.Isolation;
import io.toasty.TransactionException;
import io.toasty.jta.internal.JtaManagedTransaction;
import io.toasty.jta.internal.TransactionState;
import io.toasty.spi.ManagedTransaction;
import io.toasty.spi.StatementListener;
import io.toasty.spi.TransactionIntegration;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Objects;
import java.util.Optional;

/**
 * Binds Toasty to JTA: inside a JTA transaction, every Toasty call of that transaction runs on one connection, taken
 * from Toasty's {@code DataSource} on first use and closed after the transaction completes; outside one, each call
 * runs in autocommit. The session is a resource of the transaction in the {@link TransactionSynchronizationRegistry},
 * closed by an interposed synchronization, so it works with {@code @Transactional}, {@code UserTransaction} and
 * {@code TransactionManager} alike.
 *
 * <pre>{@code
 * JtaTransactionIntegration jta = new JtaTransactionIntegration(registry);
 * Toasty toasty = Toasty.builder(dataSource)       // a pool that enlists its connections, such as Agroal's
 *         .models(User.class)
 *         .transactionIntegration(jta)
 *         .build();
 * }</pre>
 *
 * <p>The {@code DataSource} must enlist its connections in the JTA transaction (Agroal with
 * {@code agroal-narayana}, an application server's datasource): Toasty never commits, rolls back or changes the
 * auto-commit mode of the connection it uses in a JTA transaction. A statement that fails outside a savepoint marks
 * the JTA transaction rollback-only, since the database has discarded its work.
 *
 * <p>Thread-safe: one instance serves every thread and every Toasty of an application.
 */
public final class JtaTransactionIntegration implements TransactionIntegration {
    private final TransactionSynchronizationRegistry registry;
    /** What {@link #current()} returns inside a transaction: it finds the transaction of whichever thread calls it. */
    private final Optional<ManagedTransaction> inTransaction;

    /** An integration over the transaction manager's registry. */
    public JtaTransactionIntegration(TransactionSynchronizationRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.inTransaction = Optional.of(new JtaManagedTransaction(registry));
    }

    /**
     * The JTA transaction of the calling thread while it is active, or marked rollback-only (Toasty then refuses to
     * start work in it, saying why); empty without one, and after a commit, so that work done after completion
     * (transactional observers, for instance) runs in autocommit.
     *
     * @throws TransactionException when the thread's transaction was rolled back under it, as the transaction
     *     manager does when the transaction runs past its timeout: work done now would not be part of it, and in
     *     autocommit it would be committed on its own
     */
    @Override
    public Optional<ManagedTransaction> current() {
        int status = registry.getTransactionStatus();
        if (status == Status.STATUS_ACTIVE || status == Status.STATUS_MARKED_ROLLBACK) {
            return inTransaction;
        }
        if (status == Status.STATUS_ROLLEDBACK || status == Status.STATUS_ROLLING_BACK) {
            throw new TransactionException("Toasty cannot run in the JTA transaction of this thread: it was rolled"
                    + " back, perhaps because it ran past its timeout, so work done in it now would be lost, and work"
                    + " done outside it would be committed on its own. Let the method end; work that must run after a"
                    + " rollback belongs in a new transaction (@Transactional(REQUIRES_NEW))");
        }
        return Optional.empty();
    }

    /**
     * A listener that tells which statement event followed a doom whose cause Toasty did not give. Toasty now reports
     * the failed statement (or the timeout) with the doom itself, so this listener is no longer needed; it is kept for
     * builders that add it, and costs an event per statement, which a Toasty without listeners does not build.
     */
    public StatementListener statementListener() {
        return event -> {
            if (registry.getTransactionKey() != null) {
                TransactionState.find(registry).ifPresent(state -> state.statementRan(event));
            }
        };
    }

    /**
     * Sets the isolation level of the JTA transaction active on this thread, for every Toasty session in it: what
     * {@link TransactionIsolation} does, for code that uses {@code UserTransaction} or {@code TransactionManager}.
     * Call it after the transaction began and before Toasty's first statement in it.
     *
     * @throws TransactionException when no transaction is active, another level was set, or Toasty statements
     *     already ran in it
     */
    public void requireIsolation(Isolation level) {
        Objects.requireNonNull(level, "level");
        TransactionState.require(registry, "requireIsolation(" + level + ")")
                .requireIsolation(level, "requireIsolation(" + level + ")");
    }

    /**
     * Makes the JTA transaction active on this thread read-only for Toasty: what {@link ReadOnlyTransaction} does,
     * for code that uses {@code UserTransaction} or {@code TransactionManager}. Call it after the transaction began
     * and before Toasty's first statement in it.
     *
     * @throws TransactionException when no transaction is active, or Toasty statements already ran in it
     */
    public void requireReadOnly() {
        TransactionState.require(registry, "requireReadOnly()").requireReadOnly("requireReadOnly()");
    }

    @Override
    public String toString() {
        return "JtaTransactionIntegration[" + registry + "]";
    }
}
