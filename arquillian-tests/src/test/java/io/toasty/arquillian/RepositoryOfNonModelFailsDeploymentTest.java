package io.toasty.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.toasty.Repository;
import io.toasty.arquillian.model.Account;
import io.toasty.model.Key;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.DefinitionException;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A bean injects {@code Repository<Receipt>}, and {@code Receipt} is no model: the deployment fails, with Toasty's
 * message naming the injection point, the class and the fix, before anything runs.
 *
 * <p>The deployment is deployed by the test ({@code managed = false}, through Arquillian's {@link Deployer}) rather than
 * declared {@code @ShouldThrowException}: that annotation checks only the exception's type, and the test would not see
 * the message.
 */
@ExtendWith(ArquillianExtension.class)
class RepositoryOfNonModelFailsDeploymentTest {
    static final String BILLING = "billing";

    @Deployment(name = BILLING, managed = false)
    static JavaArchive deployment() {
        return Scenario.of(RepositoryOfNonModelFailsDeploymentTest.class, Billing.class);
    }

    /** Looks like a model, but lacks {@code @Model}. */
    public static class Receipt {
        @Key
        long number;
    }

    @ApplicationScoped
    static class Billing {
        @Inject
        Repository<Account> accounts;

        @Inject
        Repository<Receipt> receipts;
    }

    @ArquillianResource
    Deployer deployer;

    @Test
    @RunAsClient
    void theDeploymentFailsNamingTheInjectionPointTheClassAndTheFix() {
        DefinitionException failure = assertThrows(DefinitionException.class, () -> deployer.deploy(BILLING));

        // Weld lists the definition errors as suppressed exceptions of the one it throws
        List<String> problems = Arrays.stream(failure.getSuppressed())
                .map(Throwable::getMessage)
                .toList();
        assertEquals(
                List.of("field io.toasty.arquillian.RepositoryOfNonModelFailsDeploymentTest$Billing.receipts injects"
                        + " Repository<io.toasty.arquillian.RepositoryOfNonModelFailsDeploymentTest$Receipt>, but"
                        + " io.toasty.arquillian.RepositoryOfNonModelFailsDeploymentTest$Receipt is not a model:"
                        + " annotate it with @io.toasty.model.Model, or inject the Repository of a model"),
                problems);
    }
}
