package io.toasty.quarkus.test;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.QuarkusExtensionTest;
import io.toasty.SchemaValidationException;
import io.toasty.quarkus.test.models.Book;
import io.toasty.quarkus.test.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code quarkus.toasty.schema-management=validate} against a database without the tables stops the application at
 * start, naming the setting and the datasource, not at the first request.
 */
class SchemaValidationFailsTheStartTest {
    @RegisterExtension
    static final QuarkusExtensionTest TEST = TestDatabases.app(SchemaValidationFailsTheStartTest.class, Book.class)
            .overrideConfigKey("quarkus.toasty.schema-management", "validate")
            .assertException(failure -> {
                String message = TestDatabases.find(failure, SchemaValidationException.class)
                        .getMessage();
                assertTrue(
                        message.startsWith(
                                "quarkus.toasty.schema-management=validate failed for the default datasource: "),
                        message);
                assertTrue(message.contains("books"), message);
            });

    @Test
    void theStartFails() {
        fail("the start should have failed");
    }
}
