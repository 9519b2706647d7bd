package io.toasty.migrate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.toasty.migrate.MigrationGenerator;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.TestDatabase;
import java.io.IOException;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** The generated files are Flyway's: Flyway applies them, and the database is then what the models want. */
@DatabaseTest
class FlywayCompatibilityTest {
    private final Fixture fixture;

    FlywayCompatibilityTest(TestDatabase db) throws IOException {
        this.fixture = new Fixture(db);
    }

    @Test
    void flywayAppliesTheGeneratedMigrations() throws Exception {
        fixture.generator(AccountV1.class).generate("create accounts").orElseThrow();
        fixture.generator(AccountV2.class, Note.class)
                .generate("rename and score")
                .orElseThrow();
        Flyway flyway = Flyway.configure()
                .dataSource(fixture.db.dataSource())
                .locations("filesystem:" + fixture.directory)
                .load();
        assertEquals(2, flyway.migrate().migrationsExecuted);
        assertTrue(MigrationGenerator.builder(fixture.toasty(AccountV2.class, Note.class), fixture.directory)
                .fromDatabase(true)
                .historyTable("flyway_schema_history")
                .build()
                .plan("check")
                .isEmpty());
        assertEquals(
                List.of("1", "2"),
                fixture.column(
                        "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\""));
    }
}
