package io.toasty.migrate.internal;

import io.toasty.migrate.MigrationException;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

/**
 * H2: DDL commits implicitly, which would release any row or table lock, so the lock is a row in a lock table,
 * inserted in autocommit (its primary key lets only one migrator in) and deleted when done.
 */
final class H2Migrations implements MigrationDatabase {
    @Override
    public String name() {
        return "H2";
    }

    @Override
    public boolean transactionalDdl() {
        return false;
    }

    private String lockTable(String historyTable) {
        return quote(historyTable + "_lock");
    }

    @Override
    public void lock(Connection connection, String historyTable, Duration timeout) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS " + lockTable(historyTable)
                    + " (\"id\" integer NOT NULL PRIMARY KEY, \"locked_by\" varchar(200), \"locked_at\" timestamp)");
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        String holder = ManagementFactory.getRuntimeMXBean().getName() + "/"
                + Thread.currentThread().getName();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + lockTable(historyTable)
                + " (\"id\", \"locked_by\", \"locked_at\") VALUES (1, ?, ?)")) {
            insert.setString(1, holder.length() > 200 ? holder.substring(0, 200) : holder);
            insert.setTimestamp(2, Timestamp.from(Instant.now()));
            while (true) {
                try {
                    insert.executeUpdate();
                    return;
                } catch (SQLException e) {
                    if (!"23505".equals(e.getSQLState())) {
                        throw e;
                    }
                }
                if (System.nanoTime() > deadline) {
                    throw new MigrationException("Another migrator has held the migration lock of " + historyTable
                            + " for longer than " + timeout.toSeconds() + "s (see " + historyTable + "_lock); if it"
                            + " crashed, delete that row: DELETE FROM " + lockTable(historyTable));
                }
                PostgresMigrations.sleep();
            }
        }
    }

    @Override
    public void unlock(Connection connection, String historyTable) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM " + lockTable(historyTable) + " WHERE \"id\" = 1");
        }
    }
}
