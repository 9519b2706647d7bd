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
 * The timeout of the JTA transaction a method begins, next to {@code @Transactional}, which has none:
 *
 * <pre>{@code
 * @Transactional
 * @TransactionTimeout(seconds = 5)
 * public Report monthly() { ... }
 * }</pre>
 *
 * <p>One interceptor (priority {@code PLATFORM_BEFORE + 190}) sets the timeout on the {@code TransactionManager}
 * just before {@code @Transactional} (at {@code + 200}) begins the transaction; another (at {@code + 205}) sets the
 * thread back to the manager's default right after, so that transactions the method's body begins do not inherit it.
 * Past the timeout the transaction manager rolls the transaction back and its commit fails; Toasty also keeps to the
 * time left, cancelling a statement still running when it runs out and refusing statements after it. A method that
 * joins a transaction already active keeps that transaction's timeout. Needs a {@code TransactionManager} bean, as
 * Narayana's CDI extension and Quarkus provide.
 */
@InterceptorBinding
@Inherited
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface TransactionTimeout {
    /** The timeout in seconds, at least 1. */
    @Nonbinding
    int seconds();
}
