package io.toasty.jta;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a method again when its transaction fails with a serialization failure or a deadlock (SQLSTATE 40001 or
 * 40P01), which the database asks to resolve by retrying the whole transaction:
 *
 * <pre>{@code
 * @Transactional
 * @TransactionIsolation(Isolation.SERIALIZABLE)
 * @RetryOnConflict(attempts = 5)
 * public void transfer(String from, String to, BigDecimal amount) { ... }
 * }</pre>
 *
 * <p>The method is retried when it throws an exception that {@link io.toasty.ToastyException#isRetryable() is
 * retryable}, or whose causes or suppressed exceptions hold one or a {@link java.sql.SQLException} with one of those
 * SQLSTATEs: a conflict found at commit reaches the caller as the transaction manager's {@code RollbackException},
 * with the driver's exception only inside it. Between attempts it waits with exponential backoff and jitter; after the
 * last attempt the last failure propagates, with the earlier ones suppressed in it. Every attempt must be safe to
 * repeat: only the database's work is rolled back.
 *
 * <p>The interceptor runs outside {@code @Transactional} (priority {@code PLATFORM_BEFORE + 100}, before its
 * {@code + 200}), so each attempt is a new transaction. Retrying inside a transaction the method did not begin cannot
 * work, since the failure dooms that whole transaction: when a transaction is active on entry, the call is refused
 * with {@link io.toasty.TransactionException}, unless the method is {@code @Transactional(REQUIRES_NEW)} or
 * {@code NOT_SUPPORTED}.
 */
@InterceptorBinding
@Inherited
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RetryOnConflict {
    /** How many times the method runs at most, the first one included; at least 1. */
    @Nonbinding
    int attempts() default 3;

    /** The wait before the first retry, in milliseconds; it doubles with each retry, up to {@link #maxBackoffMillis()}. */
    @Nonbinding
    long backoffMillis() default 10;

    /** The longest wait between two attempts, in milliseconds. */
    @Nonbinding
    long maxBackoffMillis() default 1000;
}
