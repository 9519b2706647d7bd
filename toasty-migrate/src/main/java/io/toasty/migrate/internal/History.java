package io.toasty.migrate.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The history table: one row per applied migration, with its version, description, type, script, checksum, who
 * installed it and when, how long it took and whether it succeeded. A rolled-back migration's row is deleted.
 */
public final class History {
    private final String table;
    private final String quoted;
    private final MigrationDatabase database;

    public History(String table, MigrationDatabase database) {
        this.table = table;
        this.database = database;
        this.quoted = database.quote(table);
    }

    public String table() {
        return table;
    }

    /** One row. */
    public record Row(
            int rank,
            String version,
            String description,
            String type,
            String script,
            String checksum,
            Instant installedOn,
            long executionMillis,
            boolean success) {}

    public boolean exists(Connection connection) throws SQLException {
        DatabaseMetaData metadata = connection.getMetaData();
        try (ResultSet rows = metadata.getTables(connection.getCatalog(), connection.getSchema(), table, null)) {
            return rows.next();
        }
    }

    public void create(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS " + quoted + " (\n"
                    + "  \"installed_rank\" integer NOT NULL,\n"
                    + "  \"version\" varchar(50) NOT NULL,\n"
                    + "  \"description\" varchar(200) NOT NULL,\n"
                    + "  \"type\" varchar(20) NOT NULL,\n"
                    + "  \"script\" varchar(1000) NOT NULL,\n"
                    + "  \"checksum\" varchar(64),\n"
                    + "  \"installed_by\" varchar(100),\n"
                    + "  \"installed_on\" timestamp NOT NULL,\n"
                    + "  \"execution_time\" bigint NOT NULL,\n"
                    + "  \"success\" boolean NOT NULL,\n"
                    + "  CONSTRAINT " + database.quote("pk_" + table) + " PRIMARY KEY (\"installed_rank\")\n"
                    + ")");
        }
    }

    public List<Row> read(Connection connection) throws SQLException {
        List<Row> rows = new ArrayList<>();
        if (!exists(connection)) {
            return rows;
        }
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT \"installed_rank\", \"version\", \"description\","
                        + " \"type\", \"script\", \"checksum\", \"installed_on\", \"execution_time\", \"success\""
                        + " FROM " + quoted + " ORDER BY \"installed_rank\"")) {
            while (result.next()) {
                rows.add(new Row(
                        result.getInt(1),
                        result.getString(2),
                        result.getString(3),
                        result.getString(4),
                        result.getString(5),
                        result.getString(6),
                        result.getTimestamp(7).toInstant(),
                        result.getLong(8),
                        result.getBoolean(9)));
            }
        }
        return rows;
    }

    public void insert(Connection connection, Row row) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO " + quoted
                + " (\"installed_rank\", \"version\", \"description\", \"type\", \"script\", \"checksum\","
                + " \"installed_by\", \"installed_on\", \"execution_time\", \"success\")"
                + " VALUES ((SELECT COALESCE(MAX(\"installed_rank\"), 0) + 1 FROM " + quoted
                + "), ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            statement.setString(1, row.version());
            statement.setString(2, truncate(row.description(), 200));
            statement.setString(3, row.type());
            statement.setString(4, truncate(row.script(), 1000));
            statement.setString(5, row.checksum().isEmpty() ? null : row.checksum());
            statement.setString(6, truncate(System.getProperty("user.name", ""), 100));
            statement.setTimestamp(7, Timestamp.from(row.installedOn()));
            statement.setLong(8, row.executionMillis());
            statement.setBoolean(9, row.success());
            statement.executeUpdate();
        }
    }

    public void delete(Connection connection, String version) throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement("DELETE FROM " + quoted + " WHERE \"version\" = ?")) {
            statement.setString(1, version);
            statement.executeUpdate();
        }
    }

    public int deleteFailed(Connection connection) throws SQLException {
        if (!exists(connection)) {
            return 0;
        }
        try (Statement statement = connection.createStatement()) {
            return statement.executeUpdate("DELETE FROM " + quoted + " WHERE \"success\" = FALSE");
        }
    }

    private static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
