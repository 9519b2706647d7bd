package io.toasty.migrate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.toasty.migrate.MigrationException;
import io.toasty.migrate.MigrationState;
import io.toasty.migrate.Migrator;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.TestDatabase;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A migration that fails midway: PostgreSQL is left at the previous version; H2, which commits DDL as it goes, keeps
 * what ran, and the failure and the history say exactly what.
 */
@DatabaseTest
class MigrationFailureTest {
    private final Fixture fixture;

    MigrationFailureTest(TestDatabase db) throws IOException {
        this.fixture = new Fixture(db);
    }

    @Test
    void aFailureMidwayLeavesTheHistoryConsistent() throws Exception {
        fixture.write("V1__items.sql", "CREATE TABLE \"items\" (\"id\" integer NOT NULL PRIMARY KEY);\n");
        fixture.write(
                "V2__broken.sql",
                "CREATE TABLE \"tags\" (\"id\" integer NOT NULL PRIMARY KEY);\n"
                        + "INSERT INTO \"items\" (\"id\") VALUES (1);\n"
                        + "INSERT INTO \"no_such_table\" (\"id\") VALUES (1);\n"
                        + "CREATE TABLE \"never\" (\"id\" integer);\n");
        Migrator migrator = fixture.migrator().build();
        MigrationException failure = assertThrows(MigrationException.class, migrator::up);

        assertTrue(
                failure.getMessage().startsWith("Migration V2__broken.sql failed at statement 3 of 4: "),
                failure.getMessage());
        assertEquals(List.of(), fixture.column("SELECT \"id\" FROM \"items\""), "the DML was rolled back");
        if (fixture.db.isPostgres()) {
            assertTrue(
                    failure.getMessage()
                            .endsWith("PostgreSQL rolled the whole migration back: the database and"
                                    + " the history are as they were before it"),
                    failure.getMessage());
            assertEquals(List.of(), failure.applied());
            assertEquals(List.of("1:ok"), fixture.history());
            assertEquals(
                    List.of(),
                    fixture.column("SELECT table_name FROM information_schema.tables"
                            + " WHERE table_name = 'tags' AND table_schema = current_schema()"));
            assertEquals(MigrationState.PENDING, migrator.status().get(1).state());
        } else {
            assertEquals(List.of("CREATE TABLE \"tags\" (\"id\" integer NOT NULL PRIMARY KEY)"), failure.applied());
            assertTrue(
                    failure.getMessage()
                            .contains("H2 commits DDL as it runs, so the statements before it stay applied: 1"
                                    + " statement(s):\n  CREATE TABLE \"tags\" (\"id\" integer NOT NULL PRIMARY KEY)\n"
                                    + "(the 1 statement(s) after the last DDL were rolled back)\n"),
                    failure.getMessage());
            assertTrue(
                    failure.getMessage()
                            .endsWith("The history records 2 as failed; undo or finish those"
                                    + " statements by hand, run `toasty migrate repair`, and migrate again."),
                    failure.getMessage());
            assertEquals(List.of("1:ok", "2:failed"), fixture.history());
            assertEquals(MigrationState.FAILED, migrator.status().get(1).state());
            MigrationException refused = assertThrows(MigrationException.class, migrator::up);
            assertTrue(
                    refused.getMessage().startsWith("Migration V2__broken.sql failed earlier"), refused.getMessage());
            fixture.execute("DROP TABLE \"tags\"");
            assertEquals(1, migrator.repair());
            assertEquals(List.of("1:ok"), fixture.history());
        }

        fixture.write(
                "V2__broken.sql",
                "CREATE TABLE \"tags\" (\"id\" integer NOT NULL PRIMARY KEY);\n"
                        + "INSERT INTO \"items\" (\"id\") VALUES (1);\n");
        assertEquals(1, migrator.up().size());
        assertEquals(List.of("1:ok", "2:ok"), fixture.history());
        assertEquals(List.of("1"), fixture.column("SELECT \"id\" FROM \"items\""));
    }
}
