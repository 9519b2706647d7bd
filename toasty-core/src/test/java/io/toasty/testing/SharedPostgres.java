package io.toasty.testing;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * PostgreSQL for tests that cannot use {@link DatabaseTest}, such as Arquillian deployments that build their own
 * pools: the same server the harness chooses (TOASTY_TEST_PG_URL, the local server, or an embedded one, once per
 * JVM), with a schema of their own.
 */
public final class SharedPostgres {
    private static PostgresServer server;

    private SharedPostgres() {}

    /**
     * A new, empty schema; its {@link Schema#jdbcUrl()} makes it the connections' current schema, and
     * {@link Schema#close()} drops it.
     */
    public static synchronized Schema newSchema(String label) throws SQLException {
        if (server == null) {
            PostgresServer chosen = PostgresServer.choose();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    chosen.close();
                } catch (IOException e) {
                    System.err.println("Could not stop the embedded PostgreSQL: " + e);
                }
            }));
            server = chosen;
        }
        String name = label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_") + "_"
                + UUID.randomUUID().toString().substring(0, 8);
        return new Schema(PostgresSandbox.create(server, name));
    }

    /** A schema of the shared server. */
    public static final class Schema implements AutoCloseable {
        private final Sandbox sandbox;

        private Schema(Sandbox sandbox) {
            this.sandbox = sandbox;
        }

        /** The JDBC URL whose connections use this schema. */
        public String jdbcUrl() {
            return sandbox.jdbcUrl();
        }

        /** The user to connect as. */
        public String user() {
            return sandbox.user();
        }

        /** The password, if the server needs one. */
        public Optional<String> password() {
            return sandbox.password();
        }

        /** Drops the schema with everything in it. */
        @Override
        public void close() throws SQLException {
            sandbox.remove();
        }
    }
}
