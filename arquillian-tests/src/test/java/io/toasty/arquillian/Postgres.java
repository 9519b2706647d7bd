package io.toasty.arquillian;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.agroal.api.security.NamePrincipal;
import io.agroal.api.security.SimplePassword;
import io.agroal.narayana.NarayanaTransactionIntegration;
import io.toasty.testing.SharedPostgres;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The application's datasource, as an application server would provide it: an Agroal pool that enlists its
 * connections in Narayana's transactions, over a schema of its own on the harness's PostgreSQL
 * ({@link SharedPostgres}: {@code TOASTY_TEST_PG_URL}, the local server, or an embedded one). The schema is named after
 * the scenario, and dropped when the deployment ends.
 *
 * <p>For the tests it also tells what the pool and the server see: the pool's active connections, and the backends of
 * this pool in {@code pg_stat_activity} (its connections carry the schema's name as {@code application_name}); and it
 * opens connections of its own, outside the pool and outside any JTA transaction.
 */
@ApplicationScoped
public class Postgres {
    @Inject
    TransactionManager transactions;

    @Inject
    TransactionSynchronizationRegistry registry;

    @Inject
    @ConfigProperty(name = Scenario.NAME)
    String scenario;

    private SharedPostgres.Schema schema;
    private String name;
    private AgroalDataSource pool;

    @PostConstruct
    void start() {
        try {
            schema = SharedPostgres.newSchema(scenario);
            name = schema.jdbcUrl().replaceFirst(".*[?&]currentSchema=([^&]+).*", "$1");
            pool = AgroalDataSource.from(new AgroalDataSourceConfigurationSupplier()
                    .metricsEnabled(true)
                    .connectionPoolConfiguration(config -> config.maxSize(5)
                            .acquisitionTimeout(Duration.ofSeconds(10))
                            .transactionIntegration(new NarayanaTransactionIntegration(transactions, registry))
                            .connectionFactoryConfiguration(factory -> {
                                factory.jdbcUrl(schema.jdbcUrl() + "&ApplicationName=" + name)
                                        .principal(new NamePrincipal(schema.user()));
                                schema.password()
                                        .ifPresent(password -> factory.credential(new SimplePassword(password)));
                                return factory;
                            })));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot start the datasource of " + scenario, e);
        }
    }

    @Produces
    @ApplicationScoped
    DataSource dataSource() {
        return pool;
    }

    /** The connections the pool has handed out and not yet been given back. */
    public long activeConnections() {
        return pool.getMetrics().activeCount();
    }

    /** A connection of its own to the schema, outside the pool: in autocommit, in no JTA transaction. */
    public Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", schema.user());
        schema.password().ifPresent(password -> properties.setProperty("password", password));
        return DriverManager.getConnection(schema.jdbcUrl(), properties);
    }

    /** The process ids of this pool's backends whose {@code pg_stat_activity} matches {@code condition}. */
    public List<Integer> backends(String condition) throws SQLException {
        try (Connection connection = connect();
                PreparedStatement statement =
                        connection.prepareStatement("select pid from pg_stat_activity where application_name = ? and ("
                                + condition + ")" + " order by pid")) {
            statement.setString(1, name);
            List<Integer> pids = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    pids.add(rows.getInt(1));
                }
            }
            return pids;
        }
    }

    /** The first column of the rows of {@code query}, as text, read on a connection of its own. */
    public List<String> column(String query) throws SQLException {
        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }

    /** Runs {@code sql} on a connection of its own, in autocommit. */
    public void execute(String sql) throws SQLException {
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @PreDestroy
    void stop() {
        try {
            pool.close();
            schema.close();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot drop the schema " + name, e);
        }
    }
}
