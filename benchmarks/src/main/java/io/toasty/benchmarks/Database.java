package io.toasty.benchmarks;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.agroal.api.security.NamePrincipal;
import io.agroal.api.security.SimplePassword;
import io.agroal.api.transaction.TransactionIntegration;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * The PostgreSQL the benchmarks run on, in a schema of their own, and the one pool every system uses. The settings
 * travel to JMH's forked JVMs as system properties.
 *
 * @param url the JDBC URL, without the schema
 * @param user the user
 * @param password the password, or empty
 * @param schema the schema holding the benchmark's tables
 */
record Database(String url, String user, String password, String schema) {
    /** The size of the pool, for every system. */
    static final int POOL_SIZE = 4;
    /** Rows in {@code users}; ids 1 to this. Rows inserted by the benchmarks get larger ids and are deleted. */
    static final int USERS = 100_000;
    /** Users that have posts: ids 1 to this, each with {@link #POSTS_PER_USER} posts. */
    static final int USERS_WITH_POSTS = 10_000;

    static final int POSTS_PER_USER = 10;

    /** How long a call waits for a connection of the pool before the run fails. */
    static final java.time.Duration ACQUISITION_TIMEOUT = java.time.Duration.ofSeconds(60);

    /** The settings given by the environment, as the test suites read them, and a new schema name. */
    static Database fromEnvironment() {
        String url = setting("TOASTY_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
        String user = setting("TOASTY_TEST_PG_USER", "postgres");
        String password = setting("TOASTY_TEST_PG_PASSWORD", "");
        return new Database(
                url, user, password, "toasty_bench_" + ProcessHandle.current().pid());
    }

    private static String setting(String variable, String fallback) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** The JVM options that hand these settings to a forked JVM. */
    String[] jvmArguments() {
        return new String[] {
            "-Dbench.url=" + url, "-Dbench.user=" + user, "-Dbench.password=" + password, "-Dbench.schema=" + schema
        };
    }

    /** The settings handed to this JVM by {@link #jvmArguments()}. */
    static Database fromSystemProperties() {
        String url = System.getProperty("bench.url");
        if (url == null) {
            throw new IllegalStateException("Run the benchmarks with benchmarks/run.sh: it prepares the database");
        }
        return new Database(
                url,
                System.getProperty("bench.user"),
                System.getProperty("bench.password", ""),
                System.getProperty("bench.schema"));
    }

    /** The pool: Agroal, {@link #POOL_SIZE} connections, pgjdbc rewriting batched inserts. */
    AgroalDataSource pool() {
        return pool(TransactionIntegration.none());
    }

    /**
     * The same pool, with its connections enlisted in the transactions of {@code transactions}: for JTA, Agroal's
     * {@code NarayanaTransactionIntegration}, as Quarkus and WildFly set it up.
     */
    AgroalDataSource pool(TransactionIntegration transactions) {
        AgroalDataSourceConfigurationSupplier configuration = new AgroalDataSourceConfigurationSupplier()
                .connectionPoolConfiguration(pool -> pool.transactionIntegration(transactions)
                        .initialSize(POOL_SIZE)
                        .minSize(POOL_SIZE)
                        .maxSize(POOL_SIZE)
                        // a connection the database refused (too many clients, on a machine shared with test
                        // suites) fails the run instead of leaving it waiting for ever
                        .acquisitionTimeout(ACQUISITION_TIMEOUT)
                        .connectionFactoryConfiguration(factory -> {
                            factory.jdbcUrl(url)
                                    .principal(new NamePrincipal(user))
                                    .jdbcProperty("currentSchema", schema)
                                    .jdbcProperty("reWriteBatchedInserts", "true");
                            if (!password.isEmpty()) {
                                factory.credential(new SimplePassword(password));
                            }
                            return factory;
                        }));
        try {
            return AgroalDataSource.from(configuration);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot start the pool on " + url + ": " + e.getMessage(), e);
        }
    }

    /** A connection outside the pool, for setting up and cleaning up. */
    Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        if (!password.isEmpty()) {
            properties.setProperty("password", password);
        }
        properties.setProperty("currentSchema", schema);
        return DriverManager.getConnection(url, properties);
    }

    /** Creates the schema and its tables and fills them: written by hand, the same for every system. */
    void create() throws SQLException {
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            statement.execute("CREATE SCHEMA " + schema);
            statement.execute("SET search_path TO " + schema);
            statement.execute("CREATE TABLE users ("
                    + "id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
                    + "email varchar(200) NOT NULL, "
                    + "name varchar(100) NOT NULL, "
                    + "age integer NOT NULL, "
                    + "score integer NOT NULL)");
            statement.execute("CREATE INDEX users_age ON users (age)");
            statement.execute("CREATE TABLE posts ("
                    + "id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
                    + "user_id bigint NOT NULL REFERENCES users (id), "
                    + "title varchar(200) NOT NULL, "
                    + "body text NOT NULL)");
            statement.execute("CREATE INDEX posts_user_id ON posts (user_id)");
            statement.execute("INSERT INTO users (email, name, age, score) "
                    + "SELECT 'user' || g || '@example.com', 'User ' || g, 18 + g % 62, 0 "
                    + "FROM generate_series(1, " + USERS + ") g");
            statement.execute("INSERT INTO posts (user_id, title, body) "
                    + "SELECT u, 'Post ' || p || ' of user ' || u, "
                    + "'A post of about a hundred characters, as a short comment or a status update would be. ' || p "
                    + "FROM generate_series(1, " + USERS_WITH_POSTS + ") u, generate_series(1, " + POSTS_PER_USER
                    + ") p ORDER BY u, p");
            statement.execute("VACUUM ANALYZE users");
            statement.execute("VACUUM ANALYZE posts");
        }
    }

    /**
     * Deletes the users the benchmarks inserted, vacuums away the row versions that updates left and checkpoints,
     * between iterations of the benchmarks that write, so that every iteration and every system finds the same table
     * and no checkpoint left over from another system's writes.
     */
    void cleanUp() {
        cleanUp(true);
    }

    /** {@link #cleanUp()}, with or without the checkpoint. */
    void cleanUp(boolean checkpoint) {
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM users WHERE id > " + USERS);
            statement.execute("VACUUM ANALYZE users");
            try {
                if (checkpoint) {
                    statement.execute("CHECKPOINT");
                }
            } catch (SQLException e) {
                // only a superuser (or, from PostgreSQL 15, a pg_checkpoint member) may: then do without
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot clean up " + schema + ": " + e.getMessage(), e);
        }
    }

    /** Deletes the users the benchmarks inserted, and nothing more: for the checks before the benchmarks. */
    void deleteInsertedUsers() {
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM users WHERE id > " + USERS);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot clean up " + schema + ": " + e.getMessage(), e);
        }
    }

    void drop() throws SQLException {
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }
}
