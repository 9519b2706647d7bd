package io.toasty;

/**
 * Work run in a transaction that returns a result.
 *
 * @param <R> the result type
 * @param <X> the checked exception the work may throw, or {@code RuntimeException}
 */
@FunctionalInterface
public interface TransactionWork<R, X extends Exception> {
    /** Runs the work; {@code transaction} is the transaction (or savepoint scope) it runs in. */
    R run(Transaction transaction) throws X;
}
