package io.toasty.jta;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes the JTA transaction a method runs in read-only for Toasty, next to {@code @Transactional}: every Toasty write
 * in it is refused with {@link io.toasty.TransactionException} before any SQL is sent, and on PostgreSQL the
 * transaction also runs {@code SET TRANSACTION READ ONLY}, so the database refuses writes too.
 *
 * <p>Stored for the transaction right after {@code @Transactional} began or joined it (priority
 * {@code PLATFORM_BEFORE + 205}). Read-only is a property of the whole transaction, applied when each Toasty session
 * starts: asking for it once Toasty statements ran read-write in the transaction throws
 * {@link io.toasty.TransactionException}, and a method that joins a read-only transaction cannot write in it. Put it
 * on the method that begins the transaction. Without an active transaction the call is refused.
 */
@InterceptorBinding
@Inherited
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ReadOnlyTransaction {}
