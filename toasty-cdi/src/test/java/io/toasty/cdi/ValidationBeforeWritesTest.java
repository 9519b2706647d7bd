package io.toasty.cdi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.toasty.Repository;
import io.toasty.cdi.testing.Deployment;
import io.toasty.model.Key;
import io.toasty.model.Model;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.TestDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Email;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Set;
import org.hibernate.validator.cdi.ValidationExtension;
import org.junit.jupiter.api.Test;

/**
 * With toasty-validation and hibernate-validator-cdi, every write is validated by the container's Validator, whose
 * constraint validators inject beans; an invalid object writes nothing.
 */
@DatabaseTest
class ValidationBeforeWritesTest {
    private final TestDatabase db;

    ValidationBeforeWritesTest(TestDatabase db) {
        this.db = db;
    }

    @Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = AllowedValidator.class)
    public @interface Allowed {
        String message() default "is a reserved name";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    @ApplicationScoped
    public static class ReservedNames {
        boolean isReserved(String name) {
            return Set.of("root", "admin").contains(name);
        }
    }

    /** Injected by the container, which it can only be through hibernate-validator-cdi's Validator. */
    public static class AllowedValidator implements ConstraintValidator<Allowed, String> {
        @Inject
        ReservedNames reserved;

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || !reserved.isReserved(value);
        }
    }

    @Model
    public record Account(@Key @Allowed String name, @Email String email) {}

    @ApplicationScoped
    public static class Accounts {
        @Inject
        Repository<Account> accounts;

        void open(String name, String email) {
            accounts.insert(new Account(name, email));
        }

        long count() {
            return accounts.count();
        }
    }

    @Test
    void anInvalidObjectIsRefusedAndNothingIsWritten() {
        try (Deployment.Running app = Deployment.of(getClass())
                .extension(new ValidationExtension())
                .dataSource(db.dataSource())
                .config("toasty.schema-management", "create")
                .beans(Accounts.class, ReservedNames.class)
                .start()) {
            Accounts accounts = app.get(Accounts.class);
            accounts.open("ada", "ada@example.com");

            ConstraintViolationException refused =
                    assertThrows(ConstraintViolationException.class, () -> accounts.open("admin", "not-an-email"));

            assertEquals(2, refused.getConstraintViolations().size(), refused.getMessage());
            assertEquals(1, accounts.count());
        }
    }
}
