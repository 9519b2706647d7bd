package io.toasty.cdi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.toasty.Toasty;
import io.toasty.cdi.testing.Deployment;
import io.toasty.model.Key;
import io.toasty.model.Model;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code toasty.schema-management=migrate}: the pending migrations of {@code toasty.migration-location} run when the
 * deployment starts, and a failing one fails the deployment.
 */
@DatabaseTest
class MigrateAtStartupTest {
    private final TestDatabase db;

    MigrateAtStartupTest(TestDatabase db) {
        this.db = db;
    }

    @Model
    public record Kettle(@Key String name, int litres) {}

    private Path migrations(String v2) throws IOException {
        Path directory = Files.createTempDirectory("toasty-cdi-migrations");
        Files.writeString(
                directory.resolve("V1__kettles.sql"),
                "CREATE TABLE \"kettles\" (\"name\" varchar(50) NOT NULL, CONSTRAINT \"pk_kettles\""
                        + " PRIMARY KEY (\"name\"));\n");
        Files.writeString(directory.resolve("V2__litres.sql"), v2);
        return directory;
    }

    @Test
    void pendingMigrationsRunAtStartup() throws Exception {
        Path directory = migrations("ALTER TABLE \"kettles\" ADD COLUMN \"litres\" integer DEFAULT 1 NOT NULL;\n");
        try (Deployment.Running app = Deployment.of(getClass())
                .dataSource(db.dataSource())
                .config("toasty.schema-management", "migrate")
                .config("toasty.migration-location", directory.toString())
                .start()) {
            Toasty toasty = app.get(Toasty.class);
            toasty.repository(Kettle.class).insert(new Kettle("steel", 2));
            toasty.schema().validate();
        }
        assertEquals(List.of("1", "2"), versions());
        try (Deployment.Running again = Deployment.of(getClass())
                .dataSource(db.dataSource())
                .config("toasty.schema-management", "migrate")
                .config("toasty.migration-location", directory.toString())
                .start()) {
            assertEquals(1, again.get(Toasty.class).repository(Kettle.class).count());
        }
        assertEquals(List.of("1", "2"), versions(), "a second start applies nothing");
    }

    @Test
    void aFailingMigrationFailsTheDeployment() throws Exception {
        Path directory = migrations("ALTER TABLE \"no_such_table\" ADD COLUMN \"litres\" integer;\n");
        List<String> problems = Deployment.of(getClass())
                .dataSource(db.dataSource())
                .config("toasty.schema-management", "migrate")
                .config("toasty.migration-location", directory.toString())
                .failure();
        assertTrue(
                problems.stream()
                        .anyMatch(p -> p.contains("toasty.schema-management=migrate failed for the default database")
                                && p.contains("Migration V2__litres.sql failed at statement 1 of 1")),
                problems::toString);
        assertEquals(List.of("1"), versions());
    }

    private List<String> versions() throws SQLException {
        try (Connection connection = db.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT \"version\" FROM \"toasty_schema_history\" ORDER BY \"installed_rank\"")) {
            List<String> versions = new java.util.ArrayList<>();
            while (rows.next()) {
                versions.add(rows.getString(1));
            }
            return versions;
        }
    }
}
