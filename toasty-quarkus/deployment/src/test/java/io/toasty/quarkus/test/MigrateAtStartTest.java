package io.toasty.quarkus.test;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.QuarkusExtensionTest;
import io.toasty.Repository;
import io.toasty.quarkus.test.models.Book;
import io.toasty.quarkus.test.testing.TestDatabases;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code quarkus.toasty.schema-management=migrate} applies the application's {@code V1__create_books.sql} with
 * toasty-migrate when the application starts: the table is there for the repository, and the history records it.
 */
class MigrateAtStartTest {
    @RegisterExtension
    static final QuarkusExtensionTest TEST = TestDatabases.app(
                    MigrateAtStartTest.class,
                    jar -> jar.addAsResource(
                            "migrate-at-start/V1__create_books.sql", "db/migration/V1__create_books.sql"),
                    Book.class)
            .overrideConfigKey("quarkus.toasty.schema-management", "migrate");

    @Inject
    Repository<Book> books;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theMigrationRanBeforeTheRepositoryWasUsed() throws SQLException {
        books.insert(new Book("Emma", 300));

        assertEquals(1, books.query().count());
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet history = statement.executeQuery(
                        "SELECT \"version\", \"script\", \"success\" FROM \"toasty_schema_history\"")) {
            assertEquals(true, history.next());
            assertEquals("1", history.getString(1));
            assertEquals("V1__create_books.sql", history.getString(2));
            assertEquals(true, history.getBoolean(3));
            assertEquals(false, history.next());
        }
    }
}
