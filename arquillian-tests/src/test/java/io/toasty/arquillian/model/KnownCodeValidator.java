package io.toasty.arquillian.model;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link KnownCode} against the {@link CodeBook} bean, which the container injects. */
public class KnownCodeValidator implements ConstraintValidator<KnownCode, String> {
    @Inject
    CodeBook codes;

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || codes.knows(value);
    }
}
