package io.toasty.cdi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.toasty.Toasty;
import io.toasty.cdi.testing.Deployment;
import io.toasty.model.Key;
import io.toasty.model.Model;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;

/** With {@code toasty.schema-management=validate}, tables that do not match the models fail the deployment. */
@DatabaseTest
class SchemaValidationFailsDeploymentTest {
    private final TestDatabase db;

    SchemaValidationFailsDeploymentTest(TestDatabase db) {
        this.db = db;
    }

    @Model
    public record Kite(@Key String name, int length) {}

    private Deployment deployment() {
        return Deployment.of(getClass()).dataSource(db.dataSource()).config("toasty.schema-management", "validate");
    }

    @Test
    void aMissingTableFailsTheDeployment() {
        assertEquals(
                List.of(
                        """
                        toasty.schema-management=validate failed for the default database: The database schema does \
                        not match the models (1 difference(s)):
                          - table kites of Kite is missing"""),
                deployment().failure());
    }

    @Test
    void matchingTablesPass() {
        db.toasty(Kite.class);
        try (Deployment.Running app = deployment().start()) {
            assertEquals(0, app.get(Toasty.class).repository(Kite.class).count());
        }
    }
}
