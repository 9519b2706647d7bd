package io.toasty.migrate.internal;

import io.toasty.migrate.MigrationException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/** PostgreSQL: transactional DDL, and a session-level advisory lock keyed by the schema and history table. */
final class PostgresMigrations implements MigrationDatabase {
    private static final long POLL_MILLIS = 100;

    @Override
    public String name() {
        return "PostgreSQL";
    }

    @Override
    public boolean transactionalDdl() {
        return true;
    }

    private static long key(Connection connection, String historyTable) throws SQLException {
        String name = connection.getSchema() + "." + historyTable;
        long hash = 1125899906842597L;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            hash = 31 * hash + b;
        }
        return hash;
    }

    @Override
    public void lock(Connection connection, String historyTable, Duration timeout) throws SQLException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            statement.setLong(1, key(connection, historyTable));
            while (true) {
                try (ResultSet row = statement.executeQuery()) {
                    row.next();
                    if (row.getBoolean(1)) {
                        return;
                    }
                }
                if (System.nanoTime() > deadline) {
                    throw new MigrationException("Another migrator has held the migration lock of " + historyTable
                            + " for longer than " + timeout.toSeconds() + "s; wait for it to finish, or end its"
                            + " session (pg_locks lists advisory locks)");
                }
                sleep();
            }
        }
    }

    @Override
    public void unlock(Connection connection, String historyTable) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            statement.setLong(1, key(connection, historyTable));
            statement.executeQuery().close();
        }
    }

    @Override
    public String alterType(String table, String column, String type) {
        return "ALTER TABLE " + table + " ALTER COLUMN " + column + " SET DATA TYPE " + type + " USING " + column + "::"
                + type;
    }

    static void sleep() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MigrationException("Interrupted while waiting for the migration lock");
        }
    }
}
