package io.toasty;

/**
 * Work run in a transaction that returns nothing.
 *
 * @param <X> the checked exception the work may throw, or {@code RuntimeException}
 */
@FunctionalInterface
public interface TransactionAction<X extends Exception> {
    /** Runs the work; {@code transaction} is the transaction (or savepoint scope) it runs in. */
    void run(Transaction transaction) throws X;
}
