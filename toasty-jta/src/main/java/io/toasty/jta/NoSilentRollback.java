package io.toasty.jta;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a {@code @Transactional} method throw {@link io.toasty.TransactionException} when it returns normally from a
 * JTA transaction that Toasty had to mark rollback-only, because a statement failed outside a savepoint scope and the
 * method caught its exception. {@code @Transactional} ends such a transaction with a rollback and no exception, so
 * without this binding the caller would see success while nothing was written.
 *
 * <p>The check runs when the method returns, while the transaction is still marked (priority
 * {@code PLATFORM_BEFORE + 201}, just inside {@code @Transactional}'s {@code + 200}); the exception then makes
 * {@code @Transactional} roll back as it would anyway, and reaches the caller. It fires in a method that joined the
 * transaction too: its work will not be committed either. It does not fire when the application itself marked the
 * transaction (through JTA, or through Toasty's {@code Transaction.setRollbackOnly()}), nor when the method throws:
 * its own exception already says that something failed.
 *
 * <p>A portable extension such as toasty-cdi adds this binding wherever {@code @Transactional} is, on types and
 * methods alike ({@link Literal#INSTANCE}); put it there yourself where nothing adds it.
 */
@InterceptorBinding
@Inherited
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface NoSilentRollback {
    /** The annotation as a value, for a portable extension that adds it to annotated types. */
    final class Literal extends AnnotationLiteral<NoSilentRollback> implements NoSilentRollback {
        private static final long serialVersionUID = 1L;

        /** The only instance. */
        public static final Literal INSTANCE = new Literal();

        private Literal() {}
    }
}
