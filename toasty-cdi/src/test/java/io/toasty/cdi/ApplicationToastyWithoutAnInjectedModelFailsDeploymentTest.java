package io.toasty.cdi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.toasty.Repository;
import io.toasty.Toasty;
import io.toasty.cdi.testing.Deployment;
import io.toasty.model.Key;
import io.toasty.model.Model;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.TestDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The application produces its own Toasty without one of the models whose repository it injects: the deployment
 * fails, rather than the first call.
 */
@DatabaseTest(TestDatabase.H2)
class ApplicationToastyWithoutAnInjectedModelFailsDeploymentTest {
    private final TestDatabase db;

    ApplicationToastyWithoutAnInjectedModelFailsDeploymentTest(TestDatabase db) {
        this.db = db;
    }

    @Model
    public record Pen(@Key String color) {}

    @Model
    public record Ink(@Key String color) {}

    @ApplicationScoped
    public static class ToastyProducer {
        @Produces
        @Singleton
        Toasty toasty(DataSource dataSource) {
            return Toasty.builder(dataSource).models(Pen.class).build();
        }
    }

    @ApplicationScoped
    public static class Desk {
        @Inject
        Repository<Ink> inks;
    }

    @Test
    void theDeploymentNamesTheMissingModel() {
        List<String> problems = Deployment.of(getClass())
                .dataSource(db.dataSource())
                .beans(ToastyProducer.class, Desk.class)
                .failure();

        assertEquals(
                List.of("field io.toasty.cdi.ApplicationToastyWithoutAnInjectedModelFailsDeploymentTest$Desk.inks"
                        + " injects Repository<io.toasty.cdi.ApplicationToastyWithoutAnInjectedModelFailsDeploymentTest$Ink>,"
                        + " which Toasty makes from the application's own Toasty of the default database, but that Toasty"
                        + " was built without"
                        + " io.toasty.cdi.ApplicationToastyWithoutAnInjectedModelFailsDeploymentTest$Ink: add it there"
                        + " with Toasty.builder(dataSource).models(Ink.class, ...), or produce the Repository<Ink>"
                        + " yourself"),
                problems);
    }
}
