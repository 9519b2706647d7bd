package io.toasty.quarkus.test;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.QuarkusExtensionTest;
import io.toasty.DuplicateKeyException;
import io.toasty.Repository;
import io.toasty.jta.SavepointScope;
import io.toasty.quarkus.test.models.Book;
import io.toasty.quarkus.test.testing.TestDatabases;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code @SavepointScope} is deployed by the extension: a method that fails rolls back its own writes only, and the
 * caller's transaction commits the rest (on PostgreSQL the failed statement would otherwise abort it all).
 */
class SavepointScopeTest {
    @RegisterExtension
    static final QuarkusExtensionTest TEST = TestDatabases.app(
                    SavepointScopeTest.class, Book.class, Importer.class, Catalogue.class)
            .overrideConfigKey("quarkus.toasty.schema-management", "drop-and-create");

    @ApplicationScoped
    static class Importer {
        @Inject
        Repository<Book> books;

        @SavepointScope
        void importOne(String title, int pages) {
            books.insert(new Book(title + " (cover)", 1));
            books.insert(new Book(title, pages));
        }
    }

    @ApplicationScoped
    static class Catalogue {
        @Inject
        Importer importer;

        @Transactional
        List<String> importAll(List<String> titles) {
            List<String> skipped = new ArrayList<>();
            for (String title : titles) {
                try {
                    importer.importOne(title, 100);
                } catch (DuplicateKeyException e) {
                    skipped.add(title);
                }
            }
            return skipped;
        }
    }

    @Inject
    Catalogue catalogue;

    @Inject
    Repository<Book> books;

    @Test
    void aFailedImportRollsBackItsOwnWritesAndTheRestCommits() {
        books.insert(new Book("Emma", 300));

        List<String> skipped = catalogue.importAll(List.of("Persuasion", "Emma", "Sanditon"));

        assertEquals(List.of("Emma"), skipped);
        assertEquals(
                List.of("Emma", "Persuasion", "Persuasion (cover)", "Sanditon", "Sanditon (cover)"),
                books.query().list().stream().map(book -> book.title).sorted().toList());
    }
}
