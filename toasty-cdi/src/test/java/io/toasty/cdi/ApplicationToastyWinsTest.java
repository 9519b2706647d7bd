package io.toasty.cdi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.toasty.Repository;
import io.toasty.Toasty;
import io.toasty.cdi.testing.Deployment;
import io.toasty.model.Key;
import io.toasty.model.Model;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.TestDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The application produces its own Toasty: the extension adds none, and builds the repositories it injects from the
 * application's.
 */
@DatabaseTest(TestDatabase.H2)
class ApplicationToastyWinsTest {
    private final TestDatabase db;

    ApplicationToastyWinsTest(TestDatabase db) {
        this.db = db;
    }

    @Model
    public record Book(@Key String isbn, String title) {}

    @ApplicationScoped
    public static class ToastyProducer {
        final AtomicInteger statements = new AtomicInteger();
        private Toasty toasty;

        @Produces
        @Singleton
        Toasty toasty(DataSource dataSource) {
            toasty = Toasty.builder(dataSource)
                    .models(Book.class)
                    .statementListener(event -> statements.incrementAndGet())
                    .build();
            toasty.schema().create();
            return toasty;
        }

        Toasty produced() {
            return toasty;
        }

        int statements() {
            return statements.get();
        }
    }

    @ApplicationScoped
    public static class Library {
        @Inject
        Repository<Book> books;

        @Inject
        Toasty toasty;

        void add(String isbn, String title) {
            books.insert(new Book(isbn, title));
        }

        Toasty toasty() {
            return toasty;
        }
    }

    @Test
    void theApplicationsToastyIsInjectedAndServesTheRepositories() {
        try (Deployment.Running app = Deployment.of(getClass())
                .dataSource(db.dataSource())
                .beans(ToastyProducer.class, Library.class)
                .start()) {
            ToastyProducer producer = app.get(ToastyProducer.class);
            Library library = app.get(Library.class);
            assertSame(producer.produced(), library.toasty());
            assertEquals(
                    1,
                    app.container().select(Toasty.class, Any.Literal.INSTANCE).stream()
                            .count());

            int before = producer.statements();
            library.add("978-0", "Dune");
            assertEquals(before + 1, producer.statements(), "the insert ran on the application's Toasty");
        }
    }
}
