package io.toasty.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.toasty.Schema;
import io.toasty.Toasty;
import io.toasty.schema.ColumnDef;
import io.toasty.schema.ForeignKeyDef;
import io.toasty.schema.IndexDef;
import io.toasty.schema.PrimaryKeyDef;
import io.toasty.schema.ReferentialAction;
import io.toasty.schema.SchemaDef;
import io.toasty.schema.TableDef;
import io.toasty.schema.UniqueDef;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The public schema description: what the models want, what the database has, and the DDL between them. */
@DatabaseTest
class SchemaDefinitionTest {
    private final TestDatabase db;

    SchemaDefinitionTest(TestDatabase db) {
        this.db = db;
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = db.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Indexes and constraints in name order, and no rename hints: how the database reports them. */
    private static TableDef asRead(TableDef table) {
        return new TableDef(
                table.name(),
                table.columns().stream()
                        .map(c -> new ColumnDef(
                                c.name(), c.type(), c.nullable(), c.defaultValue(), c.identity(), Optional.empty()))
                        .toList(),
                table.primaryKey(),
                table.indexes().stream()
                        .sorted(Comparator.comparing(IndexDef::name))
                        .toList(),
                table.uniques().stream()
                        .sorted(Comparator.comparing(UniqueDef::name))
                        .toList(),
                table.foreignKeys());
    }

    @Test
    void whatTheDatabaseHasReadsBackAsWhatTheModelsWant() {
        Toasty toasty = db.toasty(Person.class, Membership.class, Everything.class, Renamed.class);
        SchemaDef wanted = toasty.schema().definition();
        SchemaDef found = toasty.schema().read();
        assertEquals(
                wanted.tables().stream().map(TableDef::name).sorted().toList(),
                found.tables().stream().map(TableDef::name).sorted().toList());
        for (TableDef table : wanted.tables()) {
            assertEquals(asRead(table), found.table(table.name()).orElseThrow());
        }
    }

    @Test
    void theModelsDescription() {
        Schema schema = db.builder(Person.class, Renamed.class).build().schema();
        TableDef people = schema.definition().table("people").orElseThrow();
        String text = db.isPostgres() ? "text" : "varchar";
        assertEquals(
                List.of(
                        new ColumnDef("id", "bigint", false, Optional.empty(), true, Optional.empty()),
                        ColumnDef.of("email", "varchar(100)", false),
                        ColumnDef.of("name", text, true),
                        ColumnDef.of("age", "integer", true),
                        ColumnDef.of("score", "integer", false),
                        ColumnDef.of("status", text, true),
                        ColumnDef.of("version", "bigint", false)),
                people.columns());
        assertEquals(Optional.of(new PrimaryKeyDef("pk_people", List.of("id"))), people.primaryKey());
        assertEquals(List.of(new UniqueDef("uk_people_email", List.of("email"))), people.uniques());
        assertEquals(List.of(new IndexDef("ix_people_name", List.of("name"))), people.indexes());
        TableDef renamed = schema.definition().table("renamed").orElseThrow();
        assertEquals(
                Optional.of("full_name"), renamed.column("name").orElseThrow().renamedFrom());
        assertEquals(Optional.of("0"), renamed.column("score").orElseThrow().defaultValue());
        assertEquals(
                "CREATE TABLE IF NOT EXISTS \"renamed\" (\n"
                        + "  \"id\" bigint NOT NULL,\n"
                        + "  \"name\" " + text + ",\n"
                        + "  \"score\" integer DEFAULT 0 NOT NULL,\n"
                        + "  CONSTRAINT \"pk_renamed\" PRIMARY KEY (\"id\")\n"
                        + ")",
                schema.createStatements(renamed).get(0));
    }

    @Test
    void foreignKeysAreWrittenAndReadBack() throws SQLException {
        Schema schema = db.builder(Person.class).build().schema();
        TableDef posts = new TableDef(
                "posts",
                List.of(ColumnDef.of("id", "bigint", false), ColumnDef.of("author_id", "bigint", true)),
                Optional.of(new PrimaryKeyDef("pk_posts", List.of("id"))),
                List.of(new IndexDef("ix_posts_author_id", List.of("author_id"))),
                List.of(),
                List.of(new ForeignKeyDef(
                        "fk_posts_author_id",
                        List.of("author_id"),
                        "people",
                        List.of("id"),
                        ReferentialAction.CASCADE)));
        List<String> ddl = schema.createStatements(posts);
        assertEquals(
                List.of(
                        "CREATE TABLE IF NOT EXISTS \"posts\" (\n"
                                + "  \"id\" bigint NOT NULL,\n"
                                + "  \"author_id\" bigint,\n"
                                + "  CONSTRAINT \"pk_posts\" PRIMARY KEY (\"id\"),\n"
                                + "  CONSTRAINT \"fk_posts_author_id\" FOREIGN KEY (\"author_id\") REFERENCES"
                                + " \"people\" (\"id\") ON DELETE CASCADE\n"
                                + ")",
                        "CREATE INDEX IF NOT EXISTS \"ix_posts_author_id\" ON \"posts\" (\"author_id\")"),
                ddl);
        schema.create();
        for (String statement : ddl) {
            execute(statement);
        }
        SchemaDef found = schema.read();
        assertEquals(posts, found.table("posts").orElseThrow());
        assertEquals(
                List.of("people", "posts"),
                found.tables().stream().map(TableDef::name).toList(),
                "a referenced table comes before the tables that refer to it");
    }

    @Test
    void defaultsAreReadWithoutTheirCasts() throws SQLException {
        execute("CREATE TABLE \"defaults\" (\"id\" integer NOT NULL, \"label\" varchar(10) DEFAULT 'new',"
                + " \"flag\" boolean DEFAULT TRUE, \"n\" integer DEFAULT 0)");
        TableDef table = db.builder(Person.class)
                .build()
                .schema()
                .read()
                .table("defaults")
                .orElseThrow();
        assertEquals(Optional.empty(), table.primaryKey());
        assertEquals(Optional.empty(), table.column("id").orElseThrow().defaultValue());
        assertEquals(Optional.of("'new'"), table.column("label").orElseThrow().defaultValue());
        assertEquals(Optional.of("true"), table.column("flag").orElseThrow().defaultValue());
        assertEquals(Optional.of("0"), table.column("n").orElseThrow().defaultValue());
    }
}
