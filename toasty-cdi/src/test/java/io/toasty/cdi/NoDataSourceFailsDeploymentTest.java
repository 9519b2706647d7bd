package io.toasty.cdi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.toasty.Repository;
import io.toasty.cdi.testing.Deployment;
import io.toasty.model.Key;
import io.toasty.model.Model;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The application has models but no DataSource bean: the deployment fails and says what to add. */
class NoDataSourceFailsDeploymentTest {
    @Model
    public record Planet(@Key String name) {}

    @Model
    public record Moon(@Key String name) {}

    @ApplicationScoped
    public static class Observatory {
        @Inject
        Repository<Planet> planets;
    }

    @Test
    void theDeploymentSaysToAddADataSource() {
        List<String> problems =
                Deployment.of(getClass()).beans(Observatory.class).failure();

        assertEquals(
                List.of("No DataSource bean for the default database, which holds the models"
                        + " io.toasty.cdi.NoDataSourceFailsDeploymentTest$Moon,"
                        + " io.toasty.cdi.NoDataSourceFailsDeploymentTest$Planet: add a bean of type javax.sql.DataSource"
                        + " without qualifier, such as a @Produces @ApplicationScoped DataSource method, or give these"
                        + " models a database of their own with @Database or toasty.database.<name>.models"),
                problems);
    }
}
