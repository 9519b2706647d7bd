package io.toasty.migrate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.toasty.migrate.GeneratedMigration;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.TestDatabase;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Models with relations: their foreign keys are generated, applied, read back alike, and rolled back. */
@DatabaseTest
class RelationsMigrationTest {
    private final Fixture fixture;

    RelationsMigrationTest(TestDatabase db) throws IOException {
        this.fixture = new Fixture(db);
    }

    @Test
    void foreignKeysOfRelationsAreMigrated() throws Exception {
        GeneratedMigration created =
                fixture.generator(Player.class, Team.class).generate("teams").orElseThrow();
        assertTrue(created.up().contains("ALTER TABLE \"players\" ADD CONSTRAINT"), created.up());
        assertTrue(created.up().contains("REFERENCES \"teams\" (\"id\") ON DELETE CASCADE;"), created.up());
        assertTrue(created.up().contains("REFERENCES \"teams\" (\"id\") ON DELETE RESTRICT;"), created.up());

        fixture.migrator().build().up();
        assertTrue(fixture.matches(Player.class, Team.class), "the foreign keys read back as the models want them");
        assertTrue(fixture.generator(Player.class, Team.class).plan("again").isEmpty());
        fixture.execute("INSERT INTO \"teams\" (\"id\", \"name\") VALUES (1, 'Reds')");
        fixture.execute("INSERT INTO \"players\" (\"name\", \"team_id\") VALUES ('Ann', 1)");
        fixture.execute("DELETE FROM \"teams\"");
        assertEquals(List.of(), fixture.column("SELECT \"name\" FROM \"players\""));

        fixture.migrator().allowDestructive(true).build().rollback(1);
        assertEquals(List.of(), fixture.history());
        assertEquals(
                List.of(),
                fixture.toasty(Team.class).schema().read().tables().stream()
                        .map(table -> table.name())
                        .filter(name -> !name.startsWith("toasty_schema_history"))
                        .toList(),
                "both tables are gone");
    }
}
