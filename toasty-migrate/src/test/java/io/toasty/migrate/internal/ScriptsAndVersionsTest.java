package io.toasty.migrate.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.toasty.schema.ColumnDef;
import io.toasty.schema.SchemaDef;
import io.toasty.schema.TableDef;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** How migration files are split and marked, how versions order, and which type changes widen. */
class ScriptsAndVersionsTest {
    @Test
    void statementsSplitAtSemicolonsOutsideQuotesAndComments() {
        SqlScript script = SqlScript.parse("-- a comment; not a statement\n"
                + "INSERT INTO \"t\" VALUES ('a;b', 'it''s');\n"
                + "/* block; comment */ UPDATE \"x;y\" SET \"n\" = 1;\n"
                + "-- toasty:destructive drops column t.c with its data\n"
                + "ALTER TABLE \"t\" DROP COLUMN \"c\"\n");
        assertEquals(
                List.of(
                        "INSERT INTO \"t\" VALUES ('a;b', 'it''s')",
                        "UPDATE \"x;y\" SET \"n\" = 1",
                        "ALTER TABLE \"t\" DROP COLUMN \"c\""),
                script.statements());
        assertEquals(List.of("drops column t.c with its data"), script.destructive());
    }

    @Test
    void versionsOrderNumberByNumber() {
        List<String> sorted = Stream.of("2", "1.10", "1.9", "1_2", "10")
                .map(Version::parse)
                .sorted()
                .map(Version::toString)
                .toList();
        assertEquals(List.of("1.2", "1.9", "1.10", "2", "10"), sorted);
        assertEquals("2", Version.parse("1.4").next().toString());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> Version.parse("1.x"));
        assertEquals("Version '1.x' is not numbers separated by dots, such as 3 or 1.2", bad.getMessage());
    }

    @Test
    void onlyWideningTypeChangesAreSafe() {
        assertTrue(SchemaDiff.widens("integer", "bigint"));
        assertTrue(SchemaDiff.widens("varchar(100)", "varchar(200)"));
        assertTrue(SchemaDiff.widens("varchar(100)", "text"));
        assertTrue(SchemaDiff.widens("numeric(10, 2)", "numeric(12, 2)"));
        assertTrue(SchemaDiff.widens("real", "double precision"));
        assertFalse(SchemaDiff.widens("bigint", "integer"));
        assertFalse(SchemaDiff.widens("varchar(200)", "varchar(100)"));
        assertFalse(SchemaDiff.widens("text", "varchar(100)"));
        assertFalse(SchemaDiff.widens("numeric(10, 2)", "numeric(10, 3)"));
        assertFalse(SchemaDiff.widens("text", "integer"));
    }

    @Test
    void aSnapshotReadsBackAsWritten() {
        SchemaDef schema = new SchemaDef(List.of(new TableDef(
                "t",
                List.of(new ColumnDef("a\tb", "varchar(10)", false, Optional.of("'x\\y'"), false, Optional.empty())),
                Optional.empty(),
                List.of(),
                List.of(),
                List.of())));
        assertEquals(schema, Snapshot.read("test", Snapshot.write(schema)));
    }
}
