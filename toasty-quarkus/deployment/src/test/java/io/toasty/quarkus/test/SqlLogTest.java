package io.toasty.quarkus.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.QuarkusExtensionTest;
import io.toasty.Repository;
import io.toasty.quarkus.test.models.Book;
import io.toasty.quarkus.test.testing.CapturedLog;
import io.toasty.quarkus.test.testing.TestDatabases;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code quarkus.toasty.log.sql=true} logs every statement in {@code io.toasty.sql} with its bind count, rows and
 * duration, and without {@code log.bind-values} keeps the values out of the log.
 */
class SqlLogTest {
    @RegisterExtension
    static final QuarkusExtensionTest TEST = TestDatabases.app(SqlLogTest.class, Book.class)
            .overrideConfigKey("quarkus.toasty.schema-management", "drop-and-create")
            .overrideConfigKey("quarkus.toasty.log.sql", "true");

    @Inject
    Repository<Book> books;

    @Test
    void statementsAreLoggedWithoutTheirValues() {
        List<String> messages;
        try (CapturedLog log = CapturedLog.of("io.toasty.sql")) {
            books.insert(new Book("A private title", 123));
            books.query().count();
            messages = log.messages();
        }

        assertEquals(2, messages.size(), messages.toString());
        assertTrue(messages.get(0).startsWith("INSERT INTO \"books\""), messages.get(0));
        assertTrue(messages.get(0).contains("[2 binds, "), messages.get(0));
        assertTrue(messages.get(1).matches("SELECT .*\"books\".* \\[0 binds, 1 rows, [0-9.]+ ms\\]"), messages.get(1));
        assertFalse(String.join("\n", messages).contains("A private title"), messages.toString());
    }
}
