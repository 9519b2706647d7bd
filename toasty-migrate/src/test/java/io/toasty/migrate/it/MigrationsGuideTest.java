package io.toasty.migrate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.toasty.Toasty;
import io.toasty.migrate.GeneratedMigration;
import io.toasty.migrate.MigrationGenerator;
import io.toasty.migrate.MigrationInfo;
import io.toasty.migrate.MigrationState;
import io.toasty.migrate.Migrator;
import io.toasty.schema.SchemaDef;
import io.toasty.schema.TableDef;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The code of docs/migrations.md, as a user writes it. */
@DatabaseTest
class MigrationsGuideTest {
    private final TestDatabase db;

    MigrationsGuideTest(TestDatabase db) {
        this.db = db;
    }

    @Test
    void theGuide() throws Exception {
        DataSource dataSource = db.dataSource();
        Path directory = Files.createTempDirectory("db-migration");

        Toasty toasty = Toasty.builder(dataSource).models(AccountV1.class).build();
        Optional<GeneratedMigration> generated =
                MigrationGenerator.builder(toasty, directory).build().generate("create accounts");
        generated.ifPresent(migration -> System.out.println("Wrote " + migration.fileName()));
        assertEquals("V1__create_accounts.sql", generated.orElseThrow().fileName());

        Migrator migrator =
                Migrator.builder(dataSource).location(directory.toString()).build();
        String pending = migrator.dryRun();
        List<MigrationInfo> applied = migrator.up();
        assertTrue(pending.startsWith("-- V1__create_accounts.sql"), pending);
        assertEquals(1, applied.size());

        Toasty changed = Toasty.builder(dataSource).models(AccountV2.class).build();
        GeneratedMigration next = MigrationGenerator.builder(changed, directory)
                .build()
                .generate("rename and score")
                .orElseThrow();
        next.notes().forEach(System.out::println);
        migrator.up();
        changed.schema().validate();

        for (MigrationInfo migration : migrator.status()) {
            System.out.println(migration.version() + " " + migration.state() + " " + migration.script());
        }
        assertEquals(MigrationState.APPLIED, migrator.status().get(1).state());

        Migrator confirmed = Migrator.builder(dataSource)
                .location(directory.toString())
                .allowDestructive(true)
                .build();
        confirmed.rollback(1);
        assertEquals(MigrationState.PENDING, migrator.status().get(1).state());

        SchemaDef wanted = changed.schema().definition();
        SchemaDef found = changed.schema().read();
        for (TableDef table : wanted.tables()) {
            System.out.println(table.name() + (found.table(table.name()).isPresent() ? " exists" : " is missing"));
        }
        assertTrue(found.table("accounts").orElseThrow().column("full_name").isPresent());
    }
}
