package io.toasty.migrate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.toasty.migrate.DestructiveMigrationException;
import io.toasty.migrate.GeneratedMigration;
import io.toasty.migrate.MigrationInfo;
import io.toasty.migrate.Migrator;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Generate, apply, change the models, generate, apply, roll back, apply again: the schema and history agree. */
@DatabaseTest
class MigrationLifecycleTest {
    private final Fixture fixture;

    MigrationLifecycleTest(TestDatabase db) throws IOException {
        this.fixture = new Fixture(db);
    }

    private static List<String> versions(List<MigrationInfo> infos) {
        return infos.stream().map(i -> i.version() + ":" + i.state()).toList();
    }

    @Test
    void generateApplyChangeRollBackAndApplyAgain() throws Exception {
        GeneratedMigration first =
                fixture.generator(AccountV1.class).generate("create accounts").orElseThrow();
        assertEquals("V1__create_accounts.sql", first.fileName());
        assertEquals("the database", first.basis());
        assertTrue(Files.exists(fixture.directory.resolve("U1__create_accounts.sql")));
        assertTrue(Files.exists(fixture.directory.resolve("V1__create_accounts.schema")));

        Migrator migrator = fixture.migrator().build();
        assertEquals(List.of("1:APPLIED"), versions(migrator.up()));
        fixture.toasty(AccountV1.class).schema().validate();
        assertTrue(fixture.matches(AccountV1.class));
        assertEquals(List.of("1:ok"), fixture.history());
        fixture.execute(
                "INSERT INTO \"accounts\" (\"email\", \"full_name\", \"country\") VALUES ('a@x.io', 'Ann', 'NZ')");

        GeneratedMigration second = fixture.generator(AccountV2.class, Note.class)
                .generate("rename and score")
                .orElseThrow();
        assertEquals("V2__rename_and_score.sql", second.fileName());
        assertEquals("the snapshot V1__create_accounts.schema", second.basis());
        assertEquals(List.of(), second.destructive());
        assertEquals(List.of(), second.notes());
        assertTrue(second.changes().contains("rename column accounts.full_name to name"), second.changes()::toString);
        assertTrue(second.changes().contains("widen accounts.email from varchar(100) to varchar(200)"));
        assertTrue(second.changes().contains("create table notes"));

        assertEquals(List.of("1:APPLIED", "2:PENDING"), versions(migrator.status()));
        assertEquals(List.of("2:APPLIED"), versions(fixture.migrator().build().up()));
        fixture.toasty(AccountV2.class, Note.class).schema().validate();
        assertTrue(fixture.matches(AccountV2.class, Note.class));
        assertEquals(List.of("Ann"), fixture.column("SELECT \"name\" FROM \"accounts\""), "the rename kept the data");
        assertEquals(List.of("1:ok", "2:ok"), fixture.history());
        assertTrue(
                fixture.generator(AccountV2.class, Note.class).plan("nothing").isEmpty());

        DestructiveMigrationException refused =
                assertThrows(DestructiveMigrationException.class, () -> migrator.rollback(1));
        assertTrue(
                refused.getMessage().contains("U2__rename_and_score.sql")
                        || refused.getMessage().contains("V2__"),
                refused.getMessage());
        assertEquals(List.of("1:ok", "2:ok"), fixture.history(), "a refused rollback runs nothing");

        Migrator allowing = fixture.migrator().allowDestructive(true).build();
        assertEquals(List.of("2:PENDING"), versions(allowing.rollback(1)));
        fixture.toasty(AccountV1.class).schema().validate();
        assertTrue(fixture.matches(AccountV1.class));
        assertEquals(List.of("Ann"), fixture.column("SELECT \"full_name\" FROM \"accounts\""));
        assertEquals(List.of("1:ok"), fixture.history());
        assertEquals(List.of("1:APPLIED", "2:PENDING"), versions(allowing.status()));

        assertEquals(List.of("2:APPLIED"), versions(allowing.up()));
        assertTrue(fixture.matches(AccountV2.class, Note.class));
        assertEquals(List.of("1:ok", "2:ok"), fixture.history());
        assertEquals(List.of(), fixture.migrator().build().up(), "nothing is pending");
        assertFalse(fixture.migrator().build().dryRun().contains("ALTER"));
    }
}
