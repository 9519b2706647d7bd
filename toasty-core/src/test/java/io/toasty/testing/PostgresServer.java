package io.toasty.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

/**
 * The PostgreSQL server that every test class of one JVM uses, chosen once, in this order:
 *
 * <ol>
 *   <li>the JDBC URL in {@code TOASTY_TEST_PG_URL} (or the system property {@code toasty.test.pg.url}), with the
 *       user in {@code TOASTY_TEST_PG_USER} (default {@code postgres}) and the password in
 *       {@code TOASTY_TEST_PG_PASSWORD} (default none) unless the URL names them; when it is set and does not answer,
 *       the tests fail rather than quietly use another server;
 *   <li>the local server, {@code jdbc:postgresql://127.0.0.1:5432/test} as {@code postgres}, when it answers within
 *       three seconds (the system property {@code toasty.test.pg.probe=host:port} points the probe elsewhere);
 *   <li>an embedded PostgreSQL started for this JVM and stopped at its end.
 * </ol>
 *
 * Lives in the root extension store, which closes it when the test run ends.
 */
final class PostgresServer implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(PostgresServer.class.getName());
    private static final Namespace NAMESPACE = Namespace.create(PostgresServer.class);

    private final String url;
    private final String user;
    private final Optional<String> password;
    private final Optional<EmbeddedPostgres> embedded;

    private PostgresServer(String url, String user, Optional<String> password, Optional<EmbeddedPostgres> embedded) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.embedded = embedded;
    }

    /** The server of this test run, chosen on first use. */
    static PostgresServer shared(ExtensionContext context) {
        return context.getRoot()
                .getStore(NAMESPACE)
                .computeIfAbsent(PostgresServer.class, key -> choose(), PostgresServer.class);
    }

    String url() {
        return url;
    }

    String user() {
        return user;
    }

    Optional<String> password() {
        return password;
    }

    /** A new connection outside any pool, as the configured user. */
    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, credentials());
    }

    @Override
    public void close() throws IOException {
        if (embedded.isPresent()) {
            embedded.get().close();
        }
    }

    private Properties credentials() {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        password.ifPresent(value -> properties.setProperty("password", value));
        return properties;
    }

    static PostgresServer choose() {
        Optional<String> configured = setting("toasty.test.pg.url", "TOASTY_TEST_PG_URL");
        String user = setting("toasty.test.pg.user", "TOASTY_TEST_PG_USER").orElse("postgres");
        Optional<String> password = setting("toasty.test.pg.password", "TOASTY_TEST_PG_PASSWORD");
        if (configured.isPresent()) {
            PostgresServer server = new PostgresServer(configured.get(), user, password, Optional.empty());
            try {
                server.announce("TOASTY_TEST_PG_URL");
            } catch (SQLException e) {
                throw new IllegalStateException(
                        "TOASTY_TEST_PG_URL is set to " + redacted(configured.get())
                                + " but no PostgreSQL answers there (" + e.getMessage()
                                + "). Fix the URL (and TOASTY_TEST_PG_USER / TOASTY_TEST_PG_PASSWORD), or unset it"
                                + " to use the local server or an embedded one.",
                        e);
            }
            return server;
        }

        String probe = System.getProperty("toasty.test.pg.probe", "127.0.0.1:5432");
        PostgresServer local = new PostgresServer(
                "jdbc:postgresql://" + probe + "/test", "postgres", Optional.empty(), Optional.empty());
        try {
            local.announce("local server");
            return local;
        } catch (SQLException e) {
            LOG.log(
                    Level.INFO,
                    "No PostgreSQL at {0} ({1}); starting an embedded PostgreSQL for the tests",
                    local.url,
                    e.getMessage());
        }

        EmbeddedPostgres embedded;
        try {
            embedded = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Could not start an embedded PostgreSQL; set TOASTY_TEST_PG_URL or run a server on 127.0.0.1:5432",
                    e);
        }
        PostgresServer server = new PostgresServer(
                embedded.getJdbcUrl("postgres", "postgres"), "postgres", Optional.empty(), Optional.of(embedded));
        try {
            server.announce("embedded");
        } catch (SQLException e) {
            server.closeQuietly();
            throw new IllegalStateException("The embedded PostgreSQL started but does not answer", e);
        }
        return server;
    }

    /** Connects once, with a short timeout, and logs which server the tests use. */
    private void announce(String origin) throws SQLException {
        Properties properties = credentials();
        properties.setProperty("connectTimeout", "3");
        properties.setProperty("loginTimeout", "5");
        try (Connection connection = DriverManager.getConnection(url, properties);
                Statement statement = connection.createStatement();
                ResultSet version = statement.executeQuery("select version()")) {
            version.next();
            LOG.log(
                    Level.INFO,
                    "PostgreSQL for the tests ({0}): {1} as {2}: {3}",
                    origin,
                    redacted(url),
                    user,
                    version.getString(1));
        }
    }

    private void closeQuietly() {
        try {
            close();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not stop the embedded PostgreSQL", e);
        }
    }

    private static Optional<String> setting(String property, String variable) {
        String value = System.getProperty(property, System.getenv(variable));
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    private static String redacted(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***");
    }
}
