package io.toasty.quarkus.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.test.QuarkusExtensionTest;
import io.toasty.Repository;
import io.toasty.Toasty;
import io.toasty.quarkus.test.models.Book;
import io.toasty.quarkus.test.testing.CapturedLog;
import io.toasty.quarkus.test.testing.TestDatabases;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A model in the application is found at build time, and its repository and the Toasty are injected. */
class RepositoryInjectionTest {
    @RegisterExtension
    static final QuarkusExtensionTest TEST = TestDatabases.app(RepositoryInjectionTest.class, Book.class)
            .overrideConfigKey("quarkus.toasty.schema-management", "drop-and-create");

    @Inject
    Repository<Book> books;

    @Inject
    Toasty toasty;

    @Test
    void theInjectedRepositoryWritesAndReads() {
        Book inserted = books.insert(new Book("Dune", 412));

        assertNotNull(inserted.id);
        assertEquals("Dune", books.get(inserted.id).title);
        assertEquals(TestDatabases.postgresql() ? "PostgreSQL" : "H2", toasty.database());
    }

    /** Without {@code quarkus.toasty.log.sql}, statements are not logged. */
    @Test
    void theSqlLogIsOffByDefault() {
        try (CapturedLog log = CapturedLog.of("io.toasty.sql")) {
            books.insert(new Book("Silent", 1));
            assertEquals(List.of(), log.messages());
        }
    }
}
