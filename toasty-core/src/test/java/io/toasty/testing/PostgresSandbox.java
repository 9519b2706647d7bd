package io.toasty.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * A schema of its own on the shared {@link PostgresServer}, which the test's connections use as their only search
 * path ({@code currentSchema}).
 */
final class PostgresSandbox implements Sandbox {
    /** How long emptying waits for a lock before it fails, rather than hang on a transaction a test left open. */
    private static final String LOCK_TIMEOUT = "set lock_timeout = '10s'";

    private final PostgresServer server;
    private final String schema;

    private PostgresSandbox(PostgresServer server, String schema) {
        this.server = server;
        this.schema = schema;
    }

    static PostgresSandbox create(PostgresServer server, String label) throws SQLException {
        PostgresSandbox sandbox = new PostgresSandbox(server, "t_" + label);
        sandbox.execute("create schema " + sandbox.schema);
        return sandbox;
    }

    @Override
    public String jdbcUrl() {
        String url = server.url();
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    @Override
    public String user() {
        return server.user();
    }

    @Override
    public Optional<String> password() {
        return server.password();
    }

    @Override
    public Sandbox sibling(String label) throws SQLException {
        return create(server, label);
    }

    @Override
    public void empty() throws SQLException {
        execute(LOCK_TIMEOUT, "drop schema " + schema + " cascade", "create schema " + schema);
    }

    @Override
    public void remove() throws SQLException {
        execute(LOCK_TIMEOUT, "drop schema " + schema + " cascade");
    }

    private void execute(String... statements) throws SQLException {
        try (Connection connection = server.connect();
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
