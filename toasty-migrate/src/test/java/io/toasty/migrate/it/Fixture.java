package io.toasty.migrate.it;

import io.toasty.Toasty;
import io.toasty.migrate.MigrationGenerator;
import io.toasty.migrate.Migrator;
import io.toasty.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** What the migration tests share: a directory of migrations, a migrator over it, SQL by hand. */
final class Fixture {
    final TestDatabase db;
    final Path directory;

    Fixture(TestDatabase db) throws IOException {
        this.db = db;
        this.directory = Files.createTempDirectory("toasty-migrations");
    }

    Toasty toasty(Class<?>... models) {
        return db.builder(models).build();
    }

    MigrationGenerator generator(Class<?>... models) {
        return MigrationGenerator.builder(toasty(models), directory).build();
    }

    Migrator.Builder migrator() {
        return Migrator.builder(db.dataSource()).location(directory.toString());
    }

    /** Whether the database is exactly what the models want: a comparison of the two finds nothing to migrate. */
    boolean matches(Class<?>... models) {
        return MigrationGenerator.builder(toasty(models), directory)
                .fromDatabase(true)
                .build()
                .plan("check")
                .isEmpty();
    }

    void write(String file, String text) throws IOException {
        Files.writeString(directory.resolve(file), text);
    }

    void execute(String sql) throws SQLException {
        try (Connection connection = db.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    List<String> column(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = db.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    /** The history: version and success of each row, in installation order. */
    List<String> history() throws SQLException {
        return column("SELECT \"version\" || ':' || CASE WHEN \"success\" THEN 'ok' ELSE 'failed' END"
                + " FROM \"toasty_schema_history\" ORDER BY \"installed_rank\"");
    }
}
