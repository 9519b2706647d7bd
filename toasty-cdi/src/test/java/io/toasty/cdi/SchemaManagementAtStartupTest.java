package io.toasty.cdi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.toasty.Toasty;
import io.toasty.cdi.testing.Deployment;
import io.toasty.model.Key;
import io.toasty.model.Model;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * {@code toasty.schema-management} and its per-database override act on the tables when the deployment starts: nothing
 * by default, {@code create}, {@code drop-and-create}.
 */
@DatabaseTest
class SchemaManagementAtStartupTest {
    private final TestDatabase db;

    SchemaManagementAtStartupTest(TestDatabase db) {
        this.db = db;
    }

    @Model
    public record Lamp(@Key String name, int watts) {}

    @Model
    @Database("archive")
    public record Tape(@Key String name) {}

    private Deployment deployment(JdbcDataSource archive) {
        return Deployment.of(getClass()).dataSource(db.dataSource()).dataSource("archive", archive);
    }

    @Test
    void byDefaultNoTableIsTouched() throws SQLException {
        JdbcDataSource archive = archive();
        try (Deployment.Running app = deployment(archive).start()) {
            assertEquals(
                    "H2", app.get(Toasty.class, Database.Literal.of("archive")).database());
            assertFalse(exists(db.dataSource(), "lamps"));
            assertFalse(exists(archive, "tapes"));
        } finally {
            shutdown(archive);
        }
    }

    @Test
    void createMakesTheTablesOfEveryDatabase() throws SQLException {
        JdbcDataSource archive = archive();
        try (Deployment.Running app =
                deployment(archive).config("toasty.schema-management", "create").start()) {
            app.get(Toasty.class).repository(Lamp.class).insert(new Lamp("desk", 40));
            assertTrue(exists(db.dataSource(), "lamps"));
            assertTrue(exists(archive, "tapes"));
        } finally {
            shutdown(archive);
        }
    }

    @Test
    void dropAndCreateStartsFromEmptyTables() throws SQLException {
        db.toasty(Lamp.class).repository(Lamp.class).insert(new Lamp("old", 60));
        JdbcDataSource archive = archive();
        try (Deployment.Running app = deployment(archive)
                .config("toasty.schema-management", "drop-and-create")
                .start()) {
            assertEquals(0, app.get(Toasty.class).repository(Lamp.class).count());
        } finally {
            shutdown(archive);
        }
    }

    @Test
    void aDatabaseOverridesTheSettingOfEveryDatabase() throws SQLException {
        JdbcDataSource archive = archive();
        try (Deployment.Running app = deployment(archive)
                .config("toasty.schema-management", "none")
                .config("toasty.database.archive.schema-management", "create")
                .start()) {
            assertEquals(
                    0,
                    app.get(Toasty.class, Database.Literal.of("archive"))
                            .repository(Tape.class)
                            .count());
            assertFalse(exists(db.dataSource(), "lamps"));
            assertTrue(exists(archive, "tapes"));
        } finally {
            shutdown(archive);
        }
    }

    private static JdbcDataSource archive() {
        JdbcDataSource archive = new JdbcDataSource();
        archive.setURL("jdbc:h2:mem:archive_" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        archive.setUser("sa");
        return archive;
    }

    private static void shutdown(JdbcDataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        }
    }

    private static boolean exists(DataSource dataSource, String table) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                ResultSet rows =
                        connection.getMetaData().getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                if (rows.getString("TABLE_NAME").equalsIgnoreCase(table)) {
                    return true;
                }
            }
            return false;
        }
    }
}
