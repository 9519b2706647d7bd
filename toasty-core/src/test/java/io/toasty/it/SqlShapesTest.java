package io.toasty.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.toasty.Repository;
import io.toasty.spi.StatementEvent;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SQL each dialect renders: values always bound, identifiers always quoted, one statement per call. */
@DatabaseTest
class SqlShapesTest {
    private static final String COLUMNS = "\"id\", \"email\", \"name\", \"age\", \"score\", \"status\", \"version\"";

    private final TestDatabase db;
    private final Repository<Person> people;

    SqlShapesTest(TestDatabase db) {
        this.db = db;
        this.people = db.toasty(Person.class).repository(Person.class);
    }

    private String onlyStatement() {
        List<String> statements = db.sqlLog().statements();
        assertEquals(1, statements.size(), statements.toString());
        db.sqlLog().clear();
        return statements.get(0);
    }

    @Test
    void crud() {
        db.sqlLog().clear();
        Person ada = people.insert(new Person("ada@example.com", "Ada", 36));
        assertEquals(
                "INSERT INTO \"people\" (\"email\", \"name\", \"age\", \"score\", \"status\", \"version\") VALUES (?, ?, ?, ?,"
                        + " ?, ?)"
                        + (db.isPostgres() ? " RETURNING \"id\"" : ""),
                onlyStatement());
        people.get(ada.id);
        assertEquals("SELECT " + COLUMNS + " FROM \"people\" WHERE \"id\" = ?", onlyStatement());
        people.update(ada);
        assertEquals(
                "UPDATE \"people\" SET \"email\" = ?, \"name\" = ?, \"age\" = ?, \"score\" = ?, \"status\" = ?,"
                        + " \"version\" = ? WHERE \"id\" = ? AND \"version\" = ?",
                onlyStatement());
        people.delete(ada);
        assertEquals("DELETE FROM \"people\" WHERE \"id\" = ? AND \"version\" = ?", onlyStatement());
    }

    @Test
    void insertAllIsOneStatementWithOneArrayPerColumnOnPostgres() {
        db.sqlLog().clear();
        people.insertAll(List.of(new Person("ada@example.com", "Ada", 36), new Person("alan@example.com", "Alan", 41)));
        String columns = "\"email\", \"name\", \"age\", \"score\", \"status\", \"version\"";
        assertEquals(
                db.isPostgres()
                        ? "INSERT INTO \"people\" (" + columns + ") SELECT * FROM unnest(?::text[], ?::text[],"
                                + " ?::int4[], ?::int4[], ?::text[], ?::int8[]) RETURNING \"id\""
                        : "INSERT INTO \"people\" (" + columns + ") VALUES (?, ?, ?, ?, ?, ?), (?, ?, ?, ?, ?, ?)",
                onlyStatement());
    }

    @Test
    void aQuery() {
        db.sqlLog().clear();
        people.query()
                .where(Person_.age.ge(18).and(Person_.name.startsWith("A")))
                .orderBy(Person_.name.asc())
                .thenBy(Person_.id.desc())
                .limit(50)
                .offset(100)
                .list();
        assertEquals(
                "SELECT " + COLUMNS + " FROM \"people\" WHERE (\"age\" >= ? AND \"name\" LIKE ? ESCAPE '\\')"
                        + " ORDER BY \"name\" ASC NULLS LAST, \"id\" DESC LIMIT 50 OFFSET 100",
                onlyStatement());
        people.where(Person_.name
                        .containsIgnoreCase("x")
                        .or(Person_.age.in(List.of(1, 2)).not()))
                .where(Person_.score.plus(1).gt(Person_.age))
                .count();
        assertEquals(
                "SELECT COUNT(*) FROM \"people\" WHERE ((LOWER(\"name\") LIKE LOWER(?) ESCAPE '\\' OR NOT (\"age\""
                        + " IN (?, ?)))) AND ((\"score\" + ?) > \"age\")",
                onlyStatement());
        people.where(Person_.status.eq(Status.CLOSED)).update(Person_.score.set(Person_.score.times(2)));
        assertEquals(
                "UPDATE \"people\" SET \"score\" = (\"score\" * ?), \"version\" = \"version\" + 1 WHERE"
                        + " \"status\" = ?",
                onlyStatement());
    }

    @Test
    void valuesAreBoundAndOnlyShownWhenAskedFor() {
        db.sqlLog().clear();
        people.where(Person_.name.eq("Robert'); DROP TABLE people;--")).list();
        StatementEvent event = db.sqlLog().events().get(0);
        assertEquals(1, event.bindCount());
        assertEquals(List.of(), event.binds(), "bind values are not logged by default");
        assertEquals("SELECT " + COLUMNS + " FROM \"people\" WHERE \"name\" = ?", event.sql());
        assertEquals(0, event.rows());
    }
}
