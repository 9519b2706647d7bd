package io.toasty.testing;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.agroal.api.security.NamePrincipal;
import io.agroal.api.security.SimplePassword;
import io.toasty.Toasty;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The database one run of a {@link DatabaseTest} class uses: an in-memory H2 database or a PostgreSQL schema of its
 * own, behind a small connection pool, that no other test class sees. Each test method starts with it empty: after
 * each test the harness drops everything in it, whoever created it, and fails the test if it left a pooled connection
 * open. Thread-safe, but the tests of one class run one at a time, since each empties the database after itself.
 */
public final class TestDatabase {
    /** The {@link #name()} of H2. */
    public static final String H2 = "h2";

    /** The {@link #name()} of PostgreSQL. */
    public static final String POSTGRESQL = "postgresql";

    private static final int POOL_SIZE = 5;

    private final String name;
    private final Sandbox sandbox;
    private final AgroalDataSource dataSource;
    private final SqlLog sqlLog = new SqlLog();
    private long reportedLeaks;

    private TestDatabase(String name, Sandbox sandbox, AgroalDataSource dataSource) {
        this.name = name;
        this.sandbox = sandbox;
        this.dataSource = dataSource;
    }

    /** Opens a pool to the sandbox, which it then owns: {@link #close()} closes both. */
    static TestDatabase open(String name, Sandbox sandbox) throws SQLException {
        try {
            return new TestDatabase(name, sandbox, pool(sandbox));
        } catch (SQLException | RuntimeException e) {
            try {
                sandbox.remove();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    private static AgroalDataSource pool(Sandbox sandbox) throws SQLException {
        return AgroalDataSource.from(new AgroalDataSourceConfigurationSupplier()
                .metricsEnabled(true)
                .connectionPoolConfiguration(poolConfig -> poolConfig
                        .maxSize(POOL_SIZE)
                        .acquisitionTimeout(Duration.ofSeconds(30))
                        .connectionFactoryConfiguration(factory -> {
                            factory.jdbcUrl(sandbox.jdbcUrl()).principal(new NamePrincipal(sandbox.user()));
                            sandbox.password().ifPresent(password -> factory.credential(new SimplePassword(password)));
                            return factory;
                        })));
    }

    /** {@value #H2} or {@value #POSTGRESQL}. */
    public String name() {
        return name;
    }

    /** The pool of at most five connections to this database. Tests close the connections they take from it. */
    public DataSource dataSource() {
        return dataSource;
    }

    /**
     * The JDBC URL of this test's database (for PostgreSQL, with its schema as {@code currentSchema}), for code under
     * test that connects by URL, such as a command line.
     */
    public String jdbcUrl() {
        return sandbox.jdbcUrl();
    }

    /** The user that {@link #jdbcUrl()} connects as. */
    public String user() {
        return sandbox.user();
    }

    /** The password of {@link #user()}, where the server needs one. */
    public java.util.Optional<String> password() {
        return sandbox.password();
    }

    public boolean isH2() {
        return H2.equals(name);
    }

    public boolean isPostgres() {
        return POSTGRESQL.equals(name);
    }

    /** The statements run by every {@link Toasty} made by {@link #toasty}; cleared after each test. */
    public SqlLog sqlLog() {
        return sqlLog;
    }

    /**
     * A {@link Toasty} for the given models on this database, reporting to {@link #sqlLog()}, with its tables created.
     * The tables are dropped after the test, so make it in the test or a {@code @BeforeEach} method.
     */
    public Toasty toasty(Class<?>... models) {
        Toasty toasty = builder(models).build();
        toasty.schema().create();
        return toasty;
    }

    /**
     * A builder for a {@link Toasty} of the given models on this database, already reporting to {@link #sqlLog()},
     * for tests that add listeners of their own; the caller creates the tables.
     */
    public Toasty.Builder builder(Class<?>... models) {
        Objects.requireNonNull(models, "models");
        return Toasty.builder(dataSource).models(models).statementListener(sqlLog);
    }

    @Override
    public String toString() {
        return name;
    }

    /**
     * Called after each test method: closes connections the test left open, drops everything in the database and
     * clears the log.
     *
     * @throws AssertionError when the test left pooled connections open
     */
    synchronized void afterEach() throws SQLException {
        // Agroal counts a connection it destroyed while in use as active until the test closes it, which a test that
        // leaked it never does: count only the leaks not reported yet.
        long active = dataSource.getMetrics().activeCount();
        reportedLeaks = Math.min(reportedLeaks, active);
        long leaked = active - reportedLeaks;
        if (leaked > 0) {
            dataSource.flush(AgroalDataSource.FlushMode.ALL);
            reportedLeaks += leaked;
        }
        sandbox.empty();
        sqlLog.clear();
        if (leaked > 0) {
            throw new AssertionError("The test left " + leaked + " connection(s) of the " + name
                    + " pool open: close every connection, session and transaction it opens.");
        }
    }

    /** A database of the same kind that another test class would get; the caller closes it. */
    TestDatabase openSibling(String label) throws SQLException {
        return open(name, sandbox.sibling(label));
    }

    /** Closes the pool and removes the database. */
    void close() throws SQLException {
        try {
            dataSource.close();
        } finally {
            sandbox.remove();
        }
    }
}
