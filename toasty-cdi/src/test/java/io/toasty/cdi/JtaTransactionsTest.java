package io.toasty.cdi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arjuna.ats.internal.jta.transaction.arjunacore.TransactionSynchronizationRegistryImple;
import com.arjuna.ats.jta.cdi.TransactionExtension;
import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalConnectionFactoryConfigurationSupplier;
import io.agroal.api.configuration.supplier.AgroalConnectionPoolConfigurationSupplier;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.agroal.narayana.NarayanaTransactionIntegration;
import io.toasty.DuplicateKeyException;
import io.toasty.Isolation;
import io.toasty.Repository;
import io.toasty.TransactionException;
import io.toasty.cdi.testing.Deployment;
import io.toasty.jta.TransactionIsolation;
import io.toasty.model.Key;
import io.toasty.model.Model;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.TestDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * With toasty-jta and Narayana's CDI extension, the extension joins every Toasty to the JTA transaction, deploys
 * toasty-jta's interceptors and puts {@code @NoSilentRollback} on every {@code @Transactional} method.
 */
@DatabaseTest
class JtaTransactionsTest {
    private final TestDatabase db;
    private final AgroalDataSource pool;

    JtaTransactionsTest(TestDatabase db) throws SQLException {
        this.db = db;
        // the harness's database behind a pool that enlists its connections in Narayana's transactions
        AgroalConnectionFactoryConfigurationSupplier factory =
                new AgroalConnectionFactoryConfigurationSupplier(((AgroalDataSource) db.dataSource())
                        .getConfiguration()
                        .connectionPoolConfiguration()
                        .connectionFactoryConfiguration());
        this.pool = AgroalDataSource.from(new AgroalDataSourceConfigurationSupplier()
                .connectionPoolConfiguration(new AgroalConnectionPoolConfigurationSupplier()
                        .maxSize(5)
                        .acquisitionTimeout(Duration.ofSeconds(30))
                        .transactionIntegration(new NarayanaTransactionIntegration(
                                com.arjuna.ats.jta.TransactionManager.transactionManager(),
                                new TransactionSynchronizationRegistryImple()))
                        .connectionFactoryConfiguration(factory)));
    }

    @AfterEach
    void closePool() {
        pool.close();
    }

    @Model
    public record Entry(@Key String name) {}

    @ApplicationScoped
    public static class Ledger {
        @Inject
        Repository<Entry> entries;

        @Transactional
        public void add(String... names) {
            for (String name : names) {
                entries.insert(new Entry(name));
            }
        }

        @Transactional
        public void addThenFail(String name) {
            entries.insert(new Entry(name));
            throw new IllegalStateException("failed after its write");
        }

        /** Catches the failure of a statement and returns normally: without @NoSilentRollback, a silent rollback. */
        @Transactional
        public void addIgnoringDuplicates(String... names) {
            for (String name : names) {
                try {
                    entries.insert(new Entry(name));
                } catch (DuplicateKeyException ignored) {
                    // the database discarded the transaction's work: the method must not look successful
                }
            }
        }

        @Inject
        DataSource dataSource;

        /** The isolation level of the transaction's connection, after a write. */
        @Transactional
        @TransactionIsolation(Isolation.SERIALIZABLE)
        public int addSerializable(String name) throws SQLException {
            entries.insert(new Entry(name));
            // the pool hands out the connection it enlisted in this transaction, which Toasty used
            try (Connection connection = dataSource.getConnection()) {
                return connection.getTransactionIsolation();
            }
        }

        public List<String> names() {
            return entries.query().list().stream().map(Entry::name).sorted().toList();
        }
    }

    private Deployment.Running start() {
        return Deployment.of(getClass())
                .extension(new TransactionExtension())
                .dataSource(pool)
                .config("toasty.schema-management", "create")
                .beans(Ledger.class)
                .start();
    }

    @Test
    void aTransactionalMethodCommitsOrRollsBackEveryWrite() {
        try (Deployment.Running app = start()) {
            Ledger ledger = app.get(Ledger.class);
            ledger.add("a", "b");
            assertThrows(IllegalStateException.class, () -> ledger.addThenFail("c"));
            assertEquals(List.of("a", "b"), ledger.names());
        }
    }

    @Test
    void aCaughtStatementFailureIsNoSilentSuccess() {
        try (Deployment.Running app = start()) {
            Ledger ledger = app.get(Ledger.class);
            ledger.add("a");
            TransactionException refused =
                    assertThrows(TransactionException.class, () -> ledger.addIgnoringDuplicates("b", "a"));
            assertTrue(
                    refused.getMessage().contains("returned normally, but its JTA transaction can only roll back"),
                    refused.getMessage());
            assertEquals(List.of("a"), ledger.names());
        }
    }

    @Test
    void toastyJtaInterceptorsAreActive() throws SQLException {
        try (Deployment.Running app = start()) {
            Ledger ledger = app.get(Ledger.class);
            assertEquals(Connection.TRANSACTION_SERIALIZABLE, ledger.addSerializable("s"));
            assertEquals(List.of("s"), ledger.names());
        }
    }
}
