package io.toasty.quarkus.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.QuarkusExtensionTest;
import io.toasty.InvalidCursorException;
import io.toasty.Page;
import io.toasty.Repository;
import io.toasty.Toasty;
import io.toasty.quarkus.test.models.Book;
import io.toasty.quarkus.test.models.Book_;
import io.toasty.quarkus.test.testing.TestDatabases;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code quarkus.toasty.cursor-key} signs the application's pagination cursors: another Toasty with the same key (an
 * instance of the application, or the same one after a restart) follows them, one with another key refuses them.
 */
class CursorKeyTest {
    private static final String KEY = "a-shared-secret-of-32-characters";

    @RegisterExtension
    static final QuarkusExtensionTest TEST = TestDatabases.app(CursorKeyTest.class, Book.class)
            .overrideConfigKey("quarkus.toasty.schema-management", "drop-and-create")
            .overrideConfigKey("quarkus.toasty.cursor-key", KEY);

    @Inject
    Repository<Book> books;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aCursorOfTheApplicationIsFollowedWhereTheKeyIsTheSame() {
        books.insertAll(List.of(new Book("Emma", 300), new Book("Persuasion", 200), new Book("Sanditon", 100)));
        String next = books.query().orderBy(Book_.title.asc()).page(2).next().orElseThrow();

        Repository<Book> sameKey = otherInstance(KEY);
        Page<Book> second = sameKey.query().orderBy(Book_.title.asc()).page(next);
        assertEquals("Sanditon", second.items().get(0).title);

        Repository<Book> otherKey = otherInstance("another-secret-of-32-characters!");
        assertThrows(
                InvalidCursorException.class,
                () -> otherKey.query().orderBy(Book_.title.asc()).page(next));
    }

    /** A Toasty of its own on the application's database, as another instance of the application would have. */
    private Repository<Book> otherInstance(String key) {
        return Toasty.builder(dataSource)
                .models(Book.class)
                .cursorKey(key.getBytes(StandardCharsets.UTF_8))
                .build()
                .repository(Book.class);
    }
}
