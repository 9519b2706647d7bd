package io.toasty.quarkus.test;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.QuarkusExtensionTest;
import io.toasty.ToastyException;
import io.toasty.quarkus.test.models.Book;
import io.toasty.quarkus.test.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A migration that fails at start stops the application, with a message naming the setting, the datasource, the
 * location and the failing file, rather than letting it serve requests on half a schema.
 */
class FailingMigrationStopsTheStartTest {
    @RegisterExtension
    static final QuarkusExtensionTest TEST = TestDatabases.app(
                    FailingMigrationStopsTheStartTest.class,
                    jar -> jar.addAsResource("migrate-fails/V1__broken.sql", "db/migration/V1__broken.sql"),
                    Book.class)
            .overrideConfigKey("quarkus.toasty.schema-management", "migrate")
            .assertException(failure -> {
                String message =
                        TestDatabases.find(failure, ToastyException.class).getMessage();
                assertTrue(
                        message.startsWith("quarkus.toasty.schema-management=migrate failed for the default datasource"
                                + " (migrations of classpath:db/migration): "),
                        message);
                assertTrue(message.contains("V1__broken.sql"), message);
            });

    @Test
    void theStartFails() {
        fail("the start should have failed");
    }
}
