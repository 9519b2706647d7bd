package io.toasty.quarkus.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** {@code quarkus.toasty.log.bind-values=true} adds each statement's bound values to the SQL log. */
class SqlLogWithBindValuesTest {
    @RegisterExtension
    static final QuarkusExtensionTest TEST = TestDatabases.app(SqlLogWithBindValuesTest.class, Book.class)
            .overrideConfigKey("quarkus.toasty.schema-management", "drop-and-create")
            .overrideConfigKey("quarkus.toasty.log.sql", "true")
            .overrideConfigKey("quarkus.toasty.log.bind-values", "true");

    @Inject
    Repository<Book> books;

    @Test
    void statementsAreLoggedWithTheirValues() {
        List<String> messages;
        try (CapturedLog log = CapturedLog.of("io.toasty.sql")) {
            books.insert(new Book("Emma", 300));
            messages = log.messages();
        }

        assertEquals(1, messages.size(), messages.toString());
        assertTrue(messages.get(0).contains("[2 binds [Emma, 300], "), messages.get(0));
    }
}
