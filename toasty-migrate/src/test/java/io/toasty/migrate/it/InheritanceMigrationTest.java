package io.toasty.migrate.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.toasty.migrate.GeneratedMigration;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.TestDatabase;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** A single-table hierarchy migrates as its one table: the discriminator, its index and the subclass columns. */
@DatabaseTest
class InheritanceMigrationTest {
    private final Fixture fixture;

    InheritanceMigrationTest(TestDatabase db) throws IOException {
        this.fixture = new Fixture(db);
    }

    @Test
    void aHierarchyIsOneTable() throws Exception {
        GeneratedMigration created = fixture.generator(Machine.class, Lathe.class)
                .generate("machines")
                .orElseThrow();
        assertTrue(created.up().contains("CREATE TABLE IF NOT EXISTS \"machines\""), created.up());
        assertTrue(created.up().matches("(?s).*\"type\" (varchar|text) NOT NULL.*"), created.up());
        assertTrue(created.up().contains("\"spindles\" integer,"), created.up());
        assertTrue(
                created.up().contains("CREATE INDEX IF NOT EXISTS \"ix_machines_type\" ON \"machines\" (\"type\")"),
                created.up());
        assertFalse(created.up().contains("lathes"), created.up());

        fixture.migrator().build().up();
        assertTrue(fixture.matches(Machine.class, Lathe.class), "the table reads back as the hierarchy wants it");
        assertTrue(fixture.generator(Machine.class, Lathe.class).plan("again").isEmpty());
    }
}
