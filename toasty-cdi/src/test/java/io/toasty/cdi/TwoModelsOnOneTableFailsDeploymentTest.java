package io.toasty.cdi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.toasty.cdi.testing.Deployment;
import io.toasty.model.Key;
import io.toasty.model.Model;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two models of one database name the same table: the deployment fails with core's message. */
@DatabaseTest(TestDatabase.H2)
class TwoModelsOnOneTableFailsDeploymentTest {
    private final TestDatabase db;

    TwoModelsOnOneTableFailsDeploymentTest(TestDatabase db) {
        this.db = db;
    }

    @Model(table = "animals")
    public record Cat(@Key String name) {}

    @Model(table = "animals")
    public record Dog(@Key String name) {}

    @Test
    void theDeploymentNamesBothModelsAndTheTable() {
        List<String> problems =
                Deployment.of(getClass()).dataSource(db.dataSource()).failure();

        assertEquals(
                List.of("io.toasty.cdi.TwoModelsOnOneTableFailsDeploymentTest$Dog and"
                        + " io.toasty.cdi.TwoModelsOnOneTableFailsDeploymentTest$Cat are both stored in table animals:"
                        + " give one another table with @Model(table = ...)"),
                problems);
    }
}
