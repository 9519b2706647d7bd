package io.toasty.jta;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a method in a savepoint of the JTA transaction it joins: if it throws, its writes are rolled back and the
 * exception propagates, while the transaction stays usable and can still commit what was written before the call.
 * This is what lets work fail without taking the transaction with it on PostgreSQL, where a failed statement
 * otherwise aborts the whole transaction.
 *
 * <pre>{@code
 * @Transactional                                   // the caller's transaction
 * public void importAll(List<Row> rows) {
 *     for (Row row : rows) {
 *         try {
 *             importer.importOne(row);            // @SavepointScope
 *         } catch (DuplicateKeyException e) {
 *             skipped.add(row);                   // the rows imported before are kept
 *         }
 *     }
 * }
 * }</pre>
 *
 * <p>The savepoint is SQL {@code SAVEPOINT} / {@code ROLLBACK TO SAVEPOINT} / {@code RELEASE SAVEPOINT} on the
 * connection the pool enlisted, set on the session of every Toasty bean of the application (a nested
 * {@code toasty.transaction(...)} of each): pools refuse JDBC's {@code rollback(Savepoint)} on enlisted connections.
 * If the method catches a failed statement and returns normally, its writes are rolled back all the same and it
 * throws {@link io.toasty.TransactionException}. Writes of resources other than Toasty (JMS, another ORM) are not
 * rolled back.
 *
 * <p>Do not make the method {@code @Transactional} too, nor let its exception pass through another
 * {@code @Transactional} method: that interceptor marks the whole transaction rollback-only on a runtime exception,
 * even one it only joined, and no savepoint undoes that. The method joins its caller's transaction without it. When it
 * happens all the same, the exception carries a suppressed {@link io.toasty.TransactionException} saying so, and
 * {@link NoSilentRollback} reports it when the caller returns normally.
 *
 * <p>The interceptor runs just outside {@code @Transactional} (priority {@code PLATFORM_BEFORE + 195}), in the caller's
 * transaction: without an active JTA transaction the call is refused with {@link io.toasty.TransactionException},
 * since there would be no transaction to keep.
 */
@InterceptorBinding
@Inherited
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface SavepointScope {}
