package io.toasty.spi;

import io.toasty.TransactionOptions;

/**
 * A transaction managed outside Toasty, as Toasty sees it: a place to keep its session, a way to learn when the
 * transaction ends, and a way to doom it. Belongs to the thread it was found on.
 *
 * <p>Toasty never commits, rolls back or changes the auto-commit mode of the connection it uses in a managed
 * transaction; it sets savepoints with SQL statements, which pools accept on enlisted connections.
 */
public interface ManagedTransaction {
    /** The resource Toasty stored under {@code key} in this transaction, or null. */
    Object getResource(Object key);

    /** Stores a resource under {@code key} for the rest of this transaction. */
    void putResource(Object key, Object value);

    /**
     * Registers callbacks around completion: {@code beforeCompletion} runs before the transaction commits (it may
     * call {@link #setRollbackOnly()}), {@code afterCompletion} after it ended either way (Toasty closes its
     * connection there).
     */
    void registerCompletion(Runnable beforeCompletion, Runnable afterCompletion);

    /**
     * Marks the transaction so that it can only roll back. Toasty calls it when a statement fails outside a
     * savepoint, since the database has then discarded the transaction's work.
     */
    void setRollbackOnly();

    /**
     * Marks the transaction rollback-only because a statement failed outside a savepoint ({@code failure}, or null
     * when the transaction ran past its timeout). Toasty calls this rather than {@link #setRollbackOnly()} for such
     * failures, so an integration can tell them from a rollback the application asked for, and report the cause.
     */
    default void markFailed(java.sql.SQLException failure) {
        setRollbackOnly();
    }

    /**
     * The options asked for this transaction, such as an isolation level chosen by an interceptor binding. Toasty
     * applies them when it takes its connection, before its first statement.
     */
    TransactionOptions options();
}
