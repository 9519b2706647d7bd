package io.toasty.cdi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.toasty.Repository;
import io.toasty.Toasty;
import io.toasty.cdi.testing.DataSourceBeans;
import io.toasty.cdi.testing.ScenarioClassLoader;
import io.toasty.model.Key;
import io.toasty.model.Model;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.TestDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Default;
import jakarta.inject.Inject;
import java.util.UUID;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;

/**
 * An application with none of the optional modules on its class path (run by the surefire execution that removes
 * them): no MicroProfile Config, so every setting has its default; no toasty-jta, so calls run in autocommit; no
 * toasty-validation, so nothing validates.
 */
@DatabaseTest
class WithoutOptionalModulesTest {
    private final TestDatabase db;

    WithoutOptionalModulesTest(TestDatabase db) {
        this.db = db;
    }

    @Model
    public record Bird(@Key String name, int wingspan) {}

    @ApplicationScoped
    public static class Aviary {
        @Inject
        Repository<Bird> birds;

        long add(String name) {
            birds.insert(new Bird(name, -1));
            return birds.count();
        }
    }

    @Test
    void theDefaultsApply() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.eclipse.microprofile.config.Config"));
        assertThrows(ClassNotFoundException.class, () -> Class.forName("io.toasty.jta.JtaTransactionIntegration"));
        assertThrows(
                ClassNotFoundException.class, () -> Class.forName("io.toasty.validation.BeanValidationWriteListener"));

        db.toasty(Bird.class); // schema management is "none" by default: the test makes the table
        DataSourceBeans dataSources = new DataSourceBeans();
        dataSources.add(Default.Literal.INSTANCE, db.dataSource());
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(new ScenarioClassLoader(previous, getClass()));
        WeldContainer container;
        try {
            container = new Weld("toasty-test-" + UUID.randomUUID())
                    .disableDiscovery()
                    .skipShutdownHook()
                    .addExtension(ToastyCdi.extension())
                    .addExtension(dataSources)
                    .addBeanClass(Aviary.class)
                    .initialize();
        } finally {
            thread.setContextClassLoader(previous);
        }
        try {
            assertEquals(1, container.select(Aviary.class).get().add("wren"));
            assertEquals(
                    db.isH2() ? "H2" : "PostgreSQL",
                    container.select(Toasty.class).get().database());
        } finally {
            container.shutdown();
        }
    }
}
