package io.toasty.arquillian.model;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The value is a code of the application's {@link CodeBook} bean. Its validator has the bean injected, which works only
 * when Toasty validates with the container's {@code ValidatorFactory}.
 */
@Documented
@Constraint(validatedBy = KnownCodeValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface KnownCode {
    String message() default "is not a code of the code book";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
