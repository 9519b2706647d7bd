package io.toasty.quarkus.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.test.QuarkusExtensionTest;
import io.toasty.DuplicateKeyException;
import io.toasty.Repository;
import io.toasty.quarkus.test.models.Book;
import io.toasty.quarkus.test.testing.TestDatabases;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * With quarkus-micrometer, every statement is timed in {@code toasty.statements}, by datasource, operation, table and
 * outcome.
 */
class MetricsTest {
    @RegisterExtension
    static final QuarkusExtensionTest TEST = TestDatabases.app(MetricsTest.class, Book.class)
            .overrideConfigKey("quarkus.toasty.schema-management", "drop-and-create");

    @Inject
    Repository<Book> books;

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @Test
    void statementsAreCountedByOperationTableAndOutcome() {
        // a registry the test can read, below Quarkus' root registry
        Metrics.globalRegistry.add(registry);
        books.insert(new Book("Emma", 300));
        books.insert(new Book("Persuasion", 200));
        assertThrows(DuplicateKeyException.class, () -> books.insert(new Book("Emma", 1)));
        books.query().count();

        assertEquals(2, timer("insert", "success").count());
        assertEquals(1, timer("insert", "error").count());
        assertEquals(1, timer("select", "success").count());
    }

    private Timer timer(String operation, String outcome) {
        return registry.get("toasty.statements")
                .tag("datasource", "<default>")
                .tag("operation", operation)
                .tag("table", "books")
                .tag("outcome", outcome)
                .timer();
    }
}
