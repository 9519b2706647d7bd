package io.toasty.quarkus.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.QuarkusExtensionTest;
import io.toasty.DuplicateKeyException;
import io.toasty.Repository;
import io.toasty.TransactionException;
import io.toasty.quarkus.test.models.Book;
import io.toasty.quarkus.test.testing.TestDatabases;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Toasty's writes join the Narayana transaction of a {@code @Transactional} method: committed together, rolled back
 * together, and a caught failed statement does not end in a silent rollback.
 */
class TransactionalCommitAndRollbackTest {
    @RegisterExtension
    static final QuarkusExtensionTest TEST = TestDatabases.app(
                    TransactionalCommitAndRollbackTest.class, Book.class, Library.class)
            .overrideConfigKey("quarkus.toasty.schema-management", "drop-and-create");

    @ApplicationScoped
    static class Library {
        @Inject
        Repository<Book> books;

        @Transactional
        void addTwo(String first, String second) {
            books.insert(new Book(first, 100));
            books.insert(new Book(second, 200));
        }

        @Transactional
        void addTwoThenFail(String first, String second) {
            books.insert(new Book(first, 100));
            books.insert(new Book(second, 200));
            throw new IllegalStateException("the shelf is full");
        }

        @Transactional
        void addAndSwallowTheDuplicate(String title) {
            books.insert(new Book(title, 100));
            try {
                books.insert(new Book(title, 200));
            } catch (DuplicateKeyException expected) {
                // the transaction is doomed all the same
            }
        }
    }

    @Inject
    Library library;

    @Inject
    Repository<Book> books;

    @BeforeEach
    void emptyShelf() {
        books.query().delete();
    }

    @Test
    void bothWritesCommitTogether() {
        library.addTwo("Emma", "Persuasion");

        assertEquals(2, books.query().count());
    }

    @Test
    void anExceptionRollsBackBothWrites() {
        IllegalStateException thrown =
                assertThrows(IllegalStateException.class, () -> library.addTwoThenFail("Emma", "Persuasion"));

        assertEquals("the shelf is full", thrown.getMessage());
        assertEquals(0, books.query().count());
    }

    @Test
    void aCaughtFailedStatementIsReportedNotSilentlyRolledBack() {
        assertThrows(TransactionException.class, () -> library.addAndSwallowTheDuplicate("Emma"));

        assertEquals(0, books.query().count());
    }
}
