package io.toasty.quarkus.test;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.QuarkusExtensionTest;
import io.toasty.Isolation;
import io.toasty.Repository;
import io.toasty.jta.ReadOnlyTransaction;
import io.toasty.jta.TransactionIsolation;
import io.toasty.quarkus.test.models.Book;
import io.toasty.quarkus.test.testing.TestDatabases;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code @TransactionIsolation} is in effect on the connection Agroal enlisted in the Narayana transaction, as the
 * database itself reports it.
 */
class IsolationTest {
    @RegisterExtension
    static final QuarkusExtensionTest TEST = TestDatabases.app(IsolationTest.class, Book.class, Reports.class)
            .overrideConfigKey("quarkus.toasty.schema-management", "drop-and-create");

    @ApplicationScoped
    static class Reports {
        @Inject
        Repository<Book> books;

        @Inject
        AgroalDataSource dataSource;

        @Transactional
        @TransactionIsolation(Isolation.SERIALIZABLE)
        String serializable() throws SQLException {
            books.query().count();
            return isolation();
        }

        @Transactional
        @TransactionIsolation(Isolation.READ_COMMITTED)
        String readCommitted() throws SQLException {
            books.query().count();
            return isolation();
        }

        @Transactional
        @ReadOnlyTransaction
        long readOnlyCount() {
            return books.query().count();
        }

        /** The level of the transaction's connection: Agroal hands the enlisted one to every getConnection(). */
        private String isolation() throws SQLException {
            String sql = TestDatabases.postgresql()
                    ? "show transaction_isolation"
                    : "select isolation_level from information_schema.sessions where session_id = session_id()";
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery(sql)) {
                result.next();
                return result.getString(1).toLowerCase(Locale.ROOT);
            }
        }
    }

    @Inject
    Reports reports;

    @Test
    void serializableIsWhatTheDatabaseRuns() throws SQLException {
        assertEquals("serializable", reports.serializable());
    }

    @Test
    void readCommittedIsWhatTheDatabaseRuns() throws SQLException {
        assertEquals("read committed", reports.readCommitted());
    }

    @Test
    void aReadOnlyTransactionReads() {
        assertEquals(0, reports.readOnlyCount());
    }
}
