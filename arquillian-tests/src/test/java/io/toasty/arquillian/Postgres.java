package io.toasty.arquillian;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.agroal.api.security.NamePrincipal;
import io.agroal.narayana.NarayanaTransactionIntegration;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.SQLException;
import java.time.Duration;

/**
 * The PostgreSQL the container tests run on: {@code TOASTY_TEST_PG_URL}, or the local server, through an Agroal pool
 * that enlists its connections in Narayana's transactions, as an application server's datasource would.
 */
final class Postgres {
    private Postgres() {}

    static String url() {
        String url = System.getenv("TOASTY_TEST_PG_URL");
        return url == null || url.isBlank() ? "jdbc:postgresql://127.0.0.1:5432/test" : url;
    }

    static String user() {
        String user = System.getenv("TOASTY_TEST_PG_USER");
        return user == null || user.isBlank() ? "postgres" : user;
    }

    static AgroalDataSource pool(TransactionManager transactions, TransactionSynchronizationRegistry registry)
            throws SQLException {
        return AgroalDataSource.from(new AgroalDataSourceConfigurationSupplier()
                .metricsEnabled(true)
                .connectionPoolConfiguration(pool -> pool.maxSize(5)
                        .acquisitionTimeout(Duration.ofSeconds(10))
                        .transactionIntegration(new NarayanaTransactionIntegration(transactions, registry))
                        .connectionFactoryConfiguration(
                                factory -> factory.jdbcUrl(url()).principal(new NamePrincipal(user())))));
    }
}
