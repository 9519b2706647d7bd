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

/** A bean injects the repository of a class that is not a model: the deployment fails, naming both and the fix. */
class RepositoryOfNotAModelFailsDeploymentTest {
    @Model
    public record Invoice(@Key long number) {}

    /** Looks like a model, but lacks {@code @Model}. */
    public static class Receipt {
        @Key
        long number;
    }

    @ApplicationScoped
    public static class Billing {
        @Inject
        Repository<Invoice> invoices;

        @Inject
        Billing(Repository<Receipt> receipts) {}
    }

    @Test
    void theDeploymentNamesTheInjectionPointAndTheClass() {
        List<String> problems = Deployment.of(getClass()).beans(Billing.class).failure();

        assertEquals(
                List.of("parameter 'receipts' of the constructor of"
                        + " io.toasty.cdi.RepositoryOfNotAModelFailsDeploymentTest$Billing injects"
                        + " Repository<io.toasty.cdi.RepositoryOfNotAModelFailsDeploymentTest$Receipt>, but"
                        + " io.toasty.cdi.RepositoryOfNotAModelFailsDeploymentTest$Receipt is not a model: annotate it"
                        + " with @io.toasty.model.Model, or inject the Repository of a model"),
                problems);
    }
}
