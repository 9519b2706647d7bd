package io.toasty.quarkus.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.QuarkusExtensionTest;
import io.toasty.Repository;
import io.toasty.Toasty;
import io.toasty.quarkus.test.models.Author;
import io.toasty.quarkus.test.models.Book;
import io.toasty.quarkus.test.testing.TestDatabases;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code quarkus.toasty.datasource."library".models} binds Book to the named datasource "library"; Author, named by
 * none, stays in the default one. Each Toasty writes to its own database.
 */
class NamedDataSourceTest {
    @RegisterExtension
    static final QuarkusExtensionTest TEST = TestDatabases.named(
                    TestDatabases.app(NamedDataSourceTest.class, Book.class, Author.class),
                    NamedDataSourceTest.class,
                    "library")
            .overrideConfigKey("quarkus.toasty.datasource.\"library\".models", "io.toasty.quarkus.test.models.Book")
            .overrideConfigKey("quarkus.toasty.schema-management", "drop-and-create");

    @Inject
    Repository<Book> books;

    @Inject
    Repository<Author> authors;

    @Inject
    @DataSource("library")
    Toasty library;

    @Inject
    @DataSource("library")
    AgroalDataSource libraryDataSource;

    @Inject
    AgroalDataSource defaultDataSource;

    @Test
    void eachModelIsWrittenToItsOwnDatasource() throws SQLException {
        books.insert(new Book("Emma", 300));
        authors.insert(new Author("Jane Austen"));

        assertTrue(hasTable(libraryDataSource, "books"));
        assertFalse(hasTable(libraryDataSource, "authors"));
        assertTrue(hasTable(defaultDataSource, "authors"));
        assertFalse(hasTable(defaultDataSource, "books"));
        assertEquals(1, library.repository(Book.class).query().count());
    }

    private static boolean hasTable(AgroalDataSource dataSource, String table) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            String schema = connection.getSchema();
            for (String name : new String[] {table, table.toUpperCase(Locale.ROOT)}) {
                if (connection.getMetaData().getTables(null, schema, name, null).next()) {
                    return true;
                }
            }
            return false;
        }
    }
}
