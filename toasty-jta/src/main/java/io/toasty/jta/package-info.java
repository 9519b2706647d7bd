/**
 * Toasty inside JTA transactions: {@link io.toasty.jta.JtaTransactionIntegration} binds each Toasty session to the
 * JTA transaction of its thread, and the interceptor bindings here add to {@code jakarta.transaction.Transactional}
 * what JTA lacks: an isolation level ({@link io.toasty.jta.TransactionIsolation}), read-only transactions
 * ({@link io.toasty.jta.ReadOnlyTransaction}), a timeout per method ({@link io.toasty.jta.TransactionTimeout}),
 * savepoint scopes ({@link io.toasty.jta.SavepointScope}), retry on serialization failure
 * ({@link io.toasty.jta.RetryOnConflict}), and a commit that never reports success for work the database threw away
 * ({@link io.toasty.jta.NoSilentRollback}).
 */
package io.toasty.jta;
