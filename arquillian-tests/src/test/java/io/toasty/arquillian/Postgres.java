package io.toasty.arquillian;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.agroal.api.security.NamePrincipal;
import io.agroal.api.security.SimplePassword;
import io.agroal.narayana.NarayanaTransactionIntegration;
import io.toasty.testing.SharedPostgres;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.SQLException;
import java.time.Duration;

/**
 * The PostgreSQL of one deployment: a schema of its own on the server the test harness chooses
 * ({@code TOASTY_TEST_PG_URL}, the local server, or an embedded one), behind an Agroal pool that enlists its
 * connections in Narayana's transactions, as an application server's datasource does.
 */
final class Postgres implements AutoCloseable {
    private final SharedPostgres.Schema schema;
    private final AgroalDataSource pool;

    Postgres(String label, TransactionManager transactions, TransactionSynchronizationRegistry registry)
            throws SQLException {
        this.schema = SharedPostgres.newSchema(label);
        this.pool = AgroalDataSource.from(new AgroalDataSourceConfigurationSupplier()
                .metricsEnabled(true)
                .connectionPoolConfiguration(pool -> pool.maxSize(5)
                        .acquisitionTimeout(Duration.ofSeconds(10))
                        .transactionIntegration(new NarayanaTransactionIntegration(transactions, registry))
                        .connectionFactoryConfiguration(factory -> {
                            factory.jdbcUrl(schema.jdbcUrl()).principal(new NamePrincipal(schema.user()));
                            schema.password().ifPresent(password -> factory.credential(new SimplePassword(password)));
                            return factory;
                        })));
    }

    AgroalDataSource pool() {
        return pool;
    }

    @Override
    public void close() throws SQLException {
        pool.close();
        schema.close();
    }
}
