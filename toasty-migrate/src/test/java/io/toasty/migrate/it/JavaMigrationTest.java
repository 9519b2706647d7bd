package io.toasty.migrate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.toasty.migrate.JavaMigration;
import io.toasty.migrate.MigrationContext;
import io.toasty.migrate.MigrationInfo;
import io.toasty.migrate.MigrationListener;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.TestDatabase;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A data change in Java, run in batches over a table, with progress, between SQL migrations. */
@DatabaseTest
class JavaMigrationTest {
    private final Fixture fixture;

    JavaMigrationTest(TestDatabase db) throws IOException {
        this.fixture = new Fixture(db);
    }

    /** Fills first_name from full_name, 100 rows at a time. */
    static final class SplitNames implements JavaMigration {
        @Override
        public String version() {
            return "2";
        }

        @Override
        public String description() {
            return "split names";
        }

        @Override
        public void migrate(MigrationContext context) throws Exception {
            context.inBatches("people", "id", 100, (connection, keys) -> {
                try (PreparedStatement update = connection.prepareStatement("UPDATE \"people\""
                        + " SET \"first_name\" = SUBSTRING(\"full_name\" FROM 1 FOR POSITION(' ' IN \"full_name\") - 1)"
                        + " WHERE \"id\" = ?")) {
                    for (Object key : keys) {
                        update.setObject(1, key);
                        update.addBatch();
                    }
                    update.executeBatch();
                }
            });
        }

        @Override
        public void undo(MigrationContext context) throws Exception {
            try (var statement = context.connection().createStatement()) {
                statement.executeUpdate("UPDATE \"people\" SET \"first_name\" = NULL");
            }
        }

        @Override
        public boolean canUndo() {
            return true;
        }
    }

    @Test
    void aJavaMigrationWorksInBatchesAndReportsProgress() throws Exception {
        fixture.write(
                "V1__people.sql",
                "CREATE TABLE \"people\" (\"id\" integer NOT NULL PRIMARY KEY, \"full_name\" varchar(100),"
                        + " \"first_name\" varchar(100));\n"
                        + "INSERT INTO \"people\" (\"id\", \"full_name\")"
                        + " SELECT x, 'Ann Person' || x FROM SYSTEM_RANGE(1, 250);\n");
        if (fixture.db.isPostgres()) {
            fixture.write(
                    "V1__people.sql",
                    "CREATE TABLE \"people\" (\"id\" integer NOT NULL PRIMARY KEY, \"full_name\" varchar(100),"
                            + " \"first_name\" varchar(100));\n"
                            + "INSERT INTO \"people\" (\"id\", \"full_name\")"
                            + " SELECT x, 'Ann Person' || x FROM generate_series(1, 250) AS x;\n");
        }
        fixture.write("V3__index.sql", "CREATE INDEX \"ix_first\" ON \"people\" (\"first_name\");\n");
        List<String> progress = new ArrayList<>();
        MigrationListener listener = new MigrationListener() {
            @Override
            public void progress(MigrationInfo migration, long done, long total, String unit) {
                if (unit.equals("rows")) {
                    progress.add(done + "/" + total);
                }
            }
        };
        List<MigrationInfo> applied = fixture.migrator()
                .javaMigrations(new SplitNames())
                .listener(listener)
                .build()
                .up();
        assertEquals(
                List.of("1", "2", "3"),
                applied.stream().map(MigrationInfo::version).toList());
        assertEquals(List.of("100/250", "200/250", "250/250"), progress);
        assertEquals(List.of("Ann"), fixture.column("SELECT DISTINCT \"first_name\" FROM \"people\""));
        assertEquals(List.of("1:ok", "2:ok", "3:ok"), fixture.history());

        fixture.write("U3__index.sql", "DROP INDEX \"ix_first\";\n");
        fixture.migrator().javaMigrations(new SplitNames()).build().rollback(2);
        assertEquals(List.of("1:ok"), fixture.history());
        assertEquals(
                1,
                fixture.column("SELECT DISTINCT \"first_name\" FROM \"people\"").size());
        assertEquals(
                null,
                fixture.column("SELECT DISTINCT \"first_name\" FROM \"people\"").get(0));
    }
}
