package io.toasty.migrate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.toasty.migrate.ChecksumMismatchException;
import io.toasty.migrate.DestructiveMigrationException;
import io.toasty.migrate.GeneratedMigration;
import io.toasty.migrate.MigrationException;
import io.toasty.migrate.MigrationState;
import io.toasty.migrate.Migrator;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Changed files are refused, destructive steps need confirmation, renames are never guessed, dry runs run nothing. */
@DatabaseTest
class MigrationRulesTest {
    private final Fixture fixture;

    MigrationRulesTest(TestDatabase db) throws IOException {
        this.fixture = new Fixture(db);
    }

    @Test
    void anAppliedFileThatChangedIsRefusedByName() throws Exception {
        fixture.write("V1__items.sql", "CREATE TABLE \"items\" (\"id\" integer);\n");
        fixture.migrator().build().up();
        fixture.write("V1__items.sql", "CREATE TABLE \"items\" (\"id\" bigint);\n");
        fixture.write("V2__more.sql", "CREATE TABLE \"more\" (\"id\" integer);\n");
        Migrator migrator = fixture.migrator().build();
        ChecksumMismatchException changed = assertThrows(ChecksumMismatchException.class, migrator::up);
        assertEquals(
                "Migration V1__items.sql was changed after it was applied (its checksum differs from the history's):"
                        + " restore the file as it was applied, and put the change in a new migration",
                changed.getMessage());
        assertEquals(List.of("1:ok"), fixture.history(), "nothing ran");
        assertEquals(MigrationState.CHANGED, migrator.status().get(0).state());
    }

    @Test
    void destructiveStepsAreMarkedAndNeedConfirmation() throws Exception {
        fixture.generator(AccountV2.class).generate("accounts").orElseThrow();
        fixture.migrator().build().up();
        fixture.execute("INSERT INTO \"accounts\" (\"email\", \"name\", \"country\") VALUES ('a@x.io', 'Ann', 'NZ')");

        GeneratedMigration dropping =
                fixture.generator(AccountV3.class).generate("drop country").orElseThrow();
        assertEquals(
                List.of("drops column accounts.name with its data", "drops column accounts.country with its data"),
                dropping.destructive());
        assertEquals(
                List.of("In accounts, name, country is dropped and display_name is added. A rename is never guessed:"
                        + " this migration drops and adds, losing the data. If display_name is name renamed, put"
                        + " @Column(renamedFrom = \"name\") on its field, or pass --rename accounts.name=display_name,"
                        + " and generate again"),
                dropping.notes());
        String file = Files.readString(fixture.directory.resolve("V2__drop_country.sql"));
        assertTrue(
                file.contains("-- toasty:destructive drops column accounts.country with its data\n"
                        + "ALTER TABLE \"accounts\" DROP COLUMN \"country\";\n"),
                file);
        assertTrue(file.contains("-- NOTE: In accounts, name, country is dropped"), file);

        DestructiveMigrationException refused = assertThrows(
                DestructiveMigrationException.class,
                () -> fixture.migrator().build().up());
        assertEquals(
                "The pending migrations would lose data, and destructive steps were not allowed; nothing was run:\n"
                        + "  - V2__drop_country.sql: drops column accounts.name with its data\n"
                        + "  - V2__drop_country.sql: drops column accounts.country with its data\n"
                        + "Back the data up, then run again with --allow-destructive (Migrator.Builder"
                        + ".allowDestructive(true))",
                refused.getMessage());
        assertEquals(List.of("1:ok"), fixture.history());
        assertEquals(List.of("NZ"), fixture.column("SELECT \"country\" FROM \"accounts\""));

        assertEquals(1, fixture.migrator().allowDestructive(true).build().up().size());
        assertTrue(fixture.matches(AccountV3.class));
    }

    @Test
    void aRenameHintedOnTheGeneratorKeepsTheData() throws Exception {
        fixture.generator(AccountV2.class).generate("accounts").orElseThrow();
        fixture.migrator().build().up();
        fixture.execute("INSERT INTO \"accounts\" (\"email\", \"name\") VALUES ('a@x.io', 'Ann')");
        GeneratedMigration renaming = io.toasty.migrate.MigrationGenerator.builder(
                        fixture.toasty(AccountV3.class), fixture.directory)
                .rename("accounts", "name", "display_name")
                .build()
                .generate("rename")
                .orElseThrow();
        assertEquals(List.of("drops column accounts.country with its data"), renaming.destructive());
        assertEquals(List.of(), renaming.notes());
        fixture.migrator().allowDestructive(true).build().up();
        assertEquals(List.of("Ann"), fixture.column("SELECT \"display_name\" FROM \"accounts\""));
        assertTrue(fixture.matches(AccountV3.class));
    }

    @Test
    void aDryRunPrintsThePendingSqlAndRunsNothing() throws Exception {
        fixture.generator(AccountV1.class).generate("accounts").orElseThrow();
        String sql = fixture.migrator().build().dryRun();
        assertTrue(sql.startsWith("-- V1__accounts.sql\nCREATE TABLE IF NOT EXISTS \"accounts\" (\n"), sql);
        assertEquals(
                MigrationState.PENDING,
                fixture.migrator().build().status().get(0).state());
        assertEquals(
                List.of(),
                fixture.toasty(AccountV1.class).schema().read().tables(),
                "not even the history table was created");
    }

    @Test
    void aRollbackWithoutDownScriptRunsNothing() throws Exception {
        fixture.write("V1__items.sql", "CREATE TABLE \"items\" (\"id\" integer);\n");
        fixture.migrator().build().up();
        MigrationException refused = assertThrows(
                MigrationException.class, () -> fixture.migrator().build().rollback(1));
        assertEquals(
                "Cannot roll back V1__items.sql: it has no down script (U1__items.sql); nothing was rolled back",
                refused.getMessage());
        assertEquals(List.of("1:ok"), fixture.history());
    }
}
