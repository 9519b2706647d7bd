package io.toasty.cdi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.toasty.Toasty;
import io.toasty.cdi.testing.Deployment;
import io.toasty.model.Key;
import io.toasty.model.Model;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.TestDatabase;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import org.junit.jupiter.api.Test;

/**
 * With toasty-validation but no Validator bean (no hibernate-validator-cdi), writes are still validated, by the default
 * provider; the configured groups apply.
 */
@DatabaseTest(TestDatabase.H2)
class ValidationWithoutValidatorBeanTest {
    private final TestDatabase db;

    ValidationWithoutValidatorBeanTest(TestDatabase db) {
        this.db = db;
    }

    /** Checked on insert only, by configuration. */
    public interface OnInsert {}

    @Model
    public record Crate(@Key @NotBlank String label, @Positive(groups = OnInsert.class) int items) {}

    private Deployment deployment() {
        return Deployment.of(getClass()).dataSource(db.dataSource()).config("toasty.schema-management", "create");
    }

    @Test
    void theDefaultProviderValidates() {
        try (Deployment.Running app = deployment().start()) {
            Toasty toasty = app.get(Toasty.class);
            ConstraintViolationException refused =
                    assertThrows(ConstraintViolationException.class, () -> toasty.repository(Crate.class)
                            .insert(new Crate(" ", 1)));
            assertEquals("Crate.label: must not be blank (was ' ')", refused.getMessage());
            assertEquals(0, toasty.repository(Crate.class).count());
        }
    }

    @Test
    void theInsertGroupsComeFromTheConfiguration() {
        try (Deployment.Running app = deployment()
                .config("toasty.validation.insert-groups", OnInsert.class.getName())
                .start()) {
            Toasty toasty = app.get(Toasty.class);
            toasty.repository(Crate.class).insert(new Crate(" ", 1)); // @NotBlank is in the Default group only
            assertThrows(ConstraintViolationException.class, () -> toasty.repository(Crate.class)
                    .insert(new Crate("b", 0)));
            assertEquals(1, toasty.repository(Crate.class).count());
        }
    }
}
