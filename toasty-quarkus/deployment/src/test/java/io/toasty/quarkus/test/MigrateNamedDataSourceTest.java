package io.toasty.quarkus.test;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.QuarkusExtensionTest;
import io.toasty.Repository;
import io.toasty.quarkus.test.models.Author;
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
 * A named datasource migrates with its own {@code schema-management} and {@code migration-location}, while the default
 * datasource creates its tables: the named one's history records its file, read from its own folder.
 */
class MigrateNamedDataSourceTest {
    @RegisterExtension
    static final QuarkusExtensionTest TEST = TestDatabases.named(
                    TestDatabases.app(
                            MigrateNamedDataSourceTest.class,
                            jar -> jar.addAsResource(
                                    "migrate-at-start/V1__create_books.sql", "db/library/V1__create_books.sql"),
                            Book.class,
                            Author.class),
                    MigrateNamedDataSourceTest.class,
                    "library")
            .overrideConfigKey("quarkus.toasty.datasource.\"library\".models", "io.toasty.quarkus.test.models.Book")
            .overrideConfigKey("quarkus.toasty.schema-management", "drop-and-create")
            .overrideConfigKey("quarkus.toasty.datasource.\"library\".schema-management", "migrate")
            .overrideConfigKey("quarkus.toasty.datasource.\"library\".migration-location", "classpath:db/library");

    @Inject
    Repository<Book> books;

    @Inject
    Repository<Author> authors;

    @Inject
    @DataSource("library")
    AgroalDataSource library;

    @Test
    void theNamedDatasourceRanItsOwnMigrations() throws SQLException {
        books.insert(new Book("Emma", 300));
        authors.insert(new Author("Jane Austen"));

        assertEquals(1, books.query().count());
        try (Connection connection = library.getConnection();
                Statement statement = connection.createStatement();
                ResultSet history = statement.executeQuery("SELECT \"script\" FROM \"toasty_schema_history\"")) {
            assertEquals(true, history.next());
            assertEquals("V1__create_books.sql", history.getString(1));
            assertEquals(false, history.next());
        }
    }
}
