package io.toasty;

/**
 * A database transaction in progress, handed to the work given to {@link Toasty#transaction}. Every repository call
 * on the thread that began it runs in it, on one connection. Not thread-safe: a transaction belongs to one thread.
 *
 * <p>A statement that fails marks the transaction failed: on PostgreSQL the database has then discarded its work,
 * so Toasty refuses further statements in it, rolls it back at the end and throws {@link TransactionException}
 * rather than report a commit that did not happen; H2 behaves the same way. Work that may fail and should not take the whole transaction with it goes in a savepoint scope:
 * {@link #savepoint(TransactionWork)}, or a nested {@link Toasty#transaction} call.
 */
public interface Transaction {
    /** The options this transaction runs with. */
    TransactionOptions options();

    /**
     * Runs {@code work} in a savepoint: if it throws, its writes are rolled back and the exception propagates,
     * while this transaction stays usable; if it returns, the savepoint is released.
     */
    <R, X extends Exception> R savepoint(TransactionWork<R, X> work) throws X;

    /** Sets a savepoint to roll back to later. */
    Savepoint savepoint();

    /**
     * Rolls back everything done since {@code savepoint} was set, including a failed statement, which makes the
     * transaction usable again. The savepoint stays valid.
     */
    void rollbackTo(Savepoint savepoint);

    /** Releases {@code savepoint}; its work stays part of the transaction. */
    void release(Savepoint savepoint);

    /** Makes the transaction end in a rollback, without an exception, when its work returns. */
    void setRollbackOnly();

    /** Whether the transaction will roll back: {@link #setRollbackOnly()} was called, or a statement failed. */
    boolean isRollbackOnly();
}
