package io.toasty.jta;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.inject.Qualifier;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The second Toasty of a test with two. */
@Qualifier
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.TYPE})
@interface Second {
    /** The qualifier as a value. */
    final class Literal extends AnnotationLiteral<Second> implements Second {
        private static final long serialVersionUID = 1L;
        static final Literal INSTANCE = new Literal();
    }
}
