package io.toasty.validation.it;

import io.toasty.Toasty;
import io.toasty.spi.WriteListener;
import io.toasty.testing.TestDatabase;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Locale;
import org.hibernate.validator.HibernateValidator;

/** What the suites share: one validator, and Toasty instances that validate and report to the harness's log. */
final class Fixtures {
    /** Messages in English whatever the machine's locale, so that tests can assert them. Thread-safe. */
    static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class)
            .configure()
            .defaultLocale(Locale.ENGLISH)
            .buildValidatorFactory()
            .getValidator();

    private Fixtures() {}

    /** A Toasty for {@code models} on {@code db} that runs {@code listener} before every write; creates no table. */
    static Toasty toasty(TestDatabase db, WriteListener listener, Class<?>... models) {
        return Toasty.builder(db.dataSource())
                .models(models)
                .statementListener(db.sqlLog())
                .writeListener(listener)
                .build();
    }
}
