package io.toasty.jta;

import com.arjuna.ats.internal.jta.transaction.arjunacore.TransactionSynchronizationRegistryImple;
import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalConnectionFactoryConfigurationSupplier;
import io.agroal.api.configuration.supplier.AgroalConnectionPoolConfigurationSupplier;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.agroal.narayana.NarayanaTransactionIntegration;
import io.toasty.Toasty;
import io.toasty.testing.TestDatabase;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;

/**
 * A harness database behind a second pool, one that enlists its connections in Narayana's transactions as Quarkus'
 * and WildFly's do, and Toasty on it, joined to JTA. Closed after each test, before the harness empties the database.
 */
final class JtaDatabase implements AutoCloseable {
    final TestDatabase db;
    final TransactionManager manager = com.arjuna.ats.jta.TransactionManager.transactionManager();
    final TransactionSynchronizationRegistry registry = new TransactionSynchronizationRegistryImple();
    final JtaTransactionIntegration integration = new JtaTransactionIntegration(registry);
    final AgroalDataSource dataSource;
    /** Names this pool's sessions in {@code pg_stat_activity}. */
    final String applicationName = "toasty-jta-" + UUID.randomUUID().toString().substring(0, 8);

    JtaDatabase(TestDatabase db) throws SQLException {
        this.db = db;
        // the harness pool's database and credentials, in a pool of its own: copying the whole pool configuration
        // would share the harness pool's thread-local connection cache, and with it its connections
        AgroalConnectionFactoryConfigurationSupplier factory =
                new AgroalConnectionFactoryConfigurationSupplier(((AgroalDataSource) db.dataSource())
                        .getConfiguration()
                        .connectionPoolConfiguration()
                        .connectionFactoryConfiguration());
        if (db.isPostgres()) {
            factory.jdbcProperty("ApplicationName", applicationName);
        }
        AgroalConnectionPoolConfigurationSupplier pool = new AgroalConnectionPoolConfigurationSupplier()
                .maxSize(5)
                .acquisitionTimeout(Duration.ofSeconds(30))
                .transactionIntegration(new NarayanaTransactionIntegration(manager, registry))
                .connectionFactoryConfiguration(factory);
        this.dataSource = AgroalDataSource.from(
                new AgroalDataSourceConfigurationSupplier().metricsEnabled(true).connectionPoolConfiguration(pool));
    }

    /** Toasty for {@code models} on the JTA pool, with their tables created. */
    Toasty toasty(Class<?>... models) {
        Toasty toasty = Toasty.builder(dataSource)
                .models(models)
                .transactionIntegration(integration)
                .statementListener(db.sqlLog())
                .build();
        toasty.schema().create();
        return toasty;
    }

    /** Connections of the JTA pool in use. */
    long activeConnections() {
        return dataSource.getMetrics().activeCount();
    }

    /** One value of a query on the connection the pool enlisted in this thread's transaction. */
    String queryEnlisted(String sql) throws SQLException {
        // Agroal hands the connection already enlisted in the transaction to every getConnection() inside it
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }

    /** PostgreSQL sessions of this pool left idle inside a transaction. */
    long idleInTransaction() throws SQLException {
        try (Connection connection = db.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select count(*) from pg_stat_activity where application_name"
                        + " = '" + applicationName + "' and state like 'idle in transaction%'")) {
            result.next();
            return result.getLong(1);
        }
    }

    /** Fails a test that left a transaction on the thread, after rolling it back; then closes the pool. */
    @Override
    public void close() throws SystemException {
        try {
            if (manager.getStatus() != Status.STATUS_NO_TRANSACTION) {
                manager.rollback();
                throw new AssertionError("The test left a JTA transaction on its thread");
            }
        } finally {
            dataSource.close();
        }
    }
}
