package io.toasty.migrate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.toasty.Schema;
import io.toasty.migrate.internal.MigrationDatabase;
import io.toasty.migrate.internal.SchemaDiff;
import io.toasty.schema.ColumnDef;
import io.toasty.schema.ForeignKeyDef;
import io.toasty.schema.IndexDef;
import io.toasty.schema.PrimaryKeyDef;
import io.toasty.schema.ReferentialAction;
import io.toasty.schema.SchemaDef;
import io.toasty.schema.TableDef;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.TestDatabase;
import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Foreign keys through the diff, from schema descriptions (no model declares one yet): added with new tables after
 * every table exists, changed by drop and add, dropped first; the database then reads back as described.
 */
@DatabaseTest
class ForeignKeyMigrationTest {
    private final Fixture fixture;

    ForeignKeyMigrationTest(TestDatabase db) throws IOException {
        this.fixture = new Fixture(db);
    }

    private static TableDef authors() {
        return new TableDef(
                "authors",
                List.of(ColumnDef.of("id", "bigint", false)),
                Optional.of(new PrimaryKeyDef("pk_authors", List.of("id"))),
                List.of(),
                List.of(),
                List.of());
    }

    private static TableDef posts(ReferentialAction onDelete) {
        return new TableDef(
                "posts",
                List.of(ColumnDef.of("id", "bigint", false), ColumnDef.of("author_id", "bigint", true)),
                Optional.of(new PrimaryKeyDef("pk_posts", List.of("id"))),
                List.of(new IndexDef("ix_posts_author_id", List.of("author_id"))),
                List.of(),
                onDelete == null
                        ? List.of()
                        : List.of(new ForeignKeyDef(
                                "fk_posts_author_id", List.of("author_id"), "authors", List.of("id"), onDelete)));
    }

    private SchemaDef migrate(Schema schema, SchemaDiff diff, SchemaDef from, SchemaDef to) throws SQLException {
        for (SchemaDiff.Step step : diff.plan(from, to, Map.of()).steps()) {
            fixture.execute(step.sql());
        }
        SchemaDef found = schema.read();
        for (TableDef table : to.tables()) {
            assertEquals(table, found.table(table.name()).orElseThrow());
        }
        assertEquals(List.of(), diff.plan(found, to, Map.of()).steps(), "nothing left to migrate");
        return found;
    }

    @Test
    void foreignKeysAreAddedChangedAndDropped() throws Exception {
        Schema schema = fixture.toasty(Note.class).schema();
        SchemaDiff diff = new SchemaDiff(
                schema, MigrationDatabase.forProduct(fixture.toasty(Note.class).database()));
        SchemaDef empty = new SchemaDef(List.of());
        SchemaDef cascading = new SchemaDef(List.of(posts(ReferentialAction.CASCADE), authors()));

        List<String> create = diff.plan(empty, cascading, Map.of()).steps().stream()
                .map(SchemaDiff.Step::sql)
                .toList();
        assertEquals(
                "ALTER TABLE \"posts\" ADD CONSTRAINT \"fk_posts_author_id\" FOREIGN KEY (\"author_id\") REFERENCES"
                        + " \"authors\" (\"id\") ON DELETE CASCADE",
                create.get(create.size() - 1),
                "the foreign key comes after both tables, whatever their order");

        SchemaDef found = migrate(schema, diff, empty, cascading);
        fixture.execute("INSERT INTO \"authors\" VALUES (1)");
        fixture.execute("INSERT INTO \"posts\" VALUES (10, 1)");
        fixture.execute("DELETE FROM \"authors\" WHERE \"id\" = 1");
        assertEquals(List.of(), fixture.column("SELECT \"id\" FROM \"posts\""), "ON DELETE CASCADE works");

        found = migrate(schema, diff, found, new SchemaDef(List.of(authors(), posts(ReferentialAction.SET_NULL))));
        migrate(schema, diff, found, new SchemaDef(List.of(authors(), posts(null))));
    }
}
