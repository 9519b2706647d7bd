/**
 * The implementation of {@code toasty-jta}: the per-transaction state kept in the
 * {@code TransactionSynchronizationRegistry} and the interceptors behind the bindings of {@code io.toasty.jta}. Not
 * API: anything here may change in any release.
 */
package io.toasty.jta.internal;
