package io.toasty.jta;

import io.toasty.Isolation;
import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The isolation level of the JTA transaction a method runs in, next to {@code @Transactional}, which has none:
 *
 * <pre>{@code
 * @Transactional
 * @TransactionIsolation(Isolation.SERIALIZABLE)
 * public void transfer(String from, String to, BigDecimal amount) { ... }
 * }</pre>
 *
 * <p>The level is stored for the transaction right after {@code @Transactional} began or joined it (the interceptor's
 * priority is {@code PLATFORM_BEFORE + 205}, inside {@code @Transactional}'s {@code + 200}), and every Toasty session
 * of that transaction sets it on its connection before its first statement. A transaction has one level: asking for
 * another one than it already has, or for any level once Toasty statements ran in it at the default level, throws
 * {@link io.toasty.TransactionException}. Put it on the method that begins the transaction. Without an active
 * transaction the call is refused.
 */
@InterceptorBinding
@Inherited
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface TransactionIsolation {
    /** The level; {@link Isolation#DEFAULT} keeps whatever the transaction has. */
    @Nonbinding
    Isolation value();
}
