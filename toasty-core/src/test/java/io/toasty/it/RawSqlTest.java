package io.toasty.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.toasty.InvalidQueryException;
import io.toasty.InvalidValueException;
import io.toasty.MappingException;
import io.toasty.Repository;
import io.toasty.Toasty;
import io.toasty.query.Condition;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.TestDatabase;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Raw SQL with positional and named parameters, mapped to models, records and scalars, in the current transaction. */
@DatabaseTest
class RawSqlTest {
    record NameAge(String name, Integer age) {}

    record Ranked(String name, long ageRank) {}

    record RunningTotal(String email, long total) {}

    record Contact(String emailAddress) {}

    private final TestDatabase db;
    private final Toasty toasty;
    private final Repository<Person> people;

    RawSqlTest(TestDatabase db) {
        this.db = db;
        this.toasty = db.toasty(Person.class);
        this.people = toasty.repository(Person.class);
        people.insertAll(List.of(
                new Person("ada@example.com", "Ada", 36, 10),
                new Person("alan@example.com", "Alan", 41, 41),
                new Person("grace@example.com", "Grace", 85, 90),
                new Person("linus@example.com", "Linus", 17, 5),
                new Person("nobody@example.com", null, null, 0)));
        db.sqlLog().clear();
    }

    @Test
    void positionalParametersIntoModels() {
        List<Person> older = toasty.sql("SELECT * FROM \"people\" WHERE \"age\" > ? ORDER BY \"age\"", 40)
                .list(Person.class);
        assertEquals(List.of("Alan", "Grace"), older.stream().map(p -> p.name).toList());
        assertEquals(
                List.of("SELECT * FROM \"people\" WHERE \"age\" > ? ORDER BY \"age\""),
                db.sqlLog().statements());
        assertEquals(people.get(older.get(0).id).email, older.get(0).email);
    }

    @Test
    void namedParametersIntoRecordsAndScalars() {
        List<NameAge> middle = toasty.sql("SELECT \"name\", \"age\" FROM \"people\""
                        + " WHERE \"age\" BETWEEN :low AND :high ORDER BY \"age\"")
                .bind("low", 30)
                .bind("high", 60)
                .list(NameAge.class);
        assertEquals(List.of(new NameAge("Ada", 36), new NameAge("Alan", 41)), middle);
        assertEquals(
                "SELECT \"name\", \"age\" FROM \"people\" WHERE \"age\" BETWEEN ? AND ? ORDER BY \"age\"",
                db.sqlLog().statements().get(0));
        long count = toasty.sql("SELECT COUNT(*) FROM \"people\" WHERE \"age\" >= :age OR \"age\" < :age")
                .bind("age", 40)
                .one(Long.class);
        assertEquals(4, count);
        Optional<String> email = toasty.sql("SELECT \"email\" FROM \"people\" WHERE \"name\" = :name")
                .bind("name", "Grace")
                .first(String.class);
        assertEquals(Optional.of("grace@example.com"), email);
        Contact contact = toasty.sql("SELECT \"email\" AS EMAIL_ADDRESS FROM \"people\" WHERE \"name\" = 'Ada'")
                .one(Contact.class);
        assertEquals(new Contact("ada@example.com"), contact);
        assertEquals(
                List.of("?"),
                toasty.sql("SELECT '?' AS q FROM \"people\" WHERE \"name\" = :name -- no :other here")
                        .bind("name", "Ada")
                        .list(String.class));
    }

    @Test
    void statementsReturnTheirRowCount() {
        long changed = toasty.sql("UPDATE \"people\" SET \"score\" = \"score\" + 1 WHERE \"age\" < :age")
                .bind("age", 40)
                .execute();
        assertEquals(2, changed);
        assertEquals(11, people.where(Person_.name.eq("Ada")).one().score);
    }

    @Test
    void aCommonTableExpressionWithAWindowFunction() {
        List<Ranked> oldest = toasty.sql("WITH ranked AS (SELECT \"name\", ROW_NUMBER() OVER (ORDER BY \"age\" DESC)"
                        + " AS age_rank FROM \"people\" WHERE \"age\" IS NOT NULL)"
                        + " SELECT \"name\", age_rank FROM ranked WHERE age_rank <= :top ORDER BY age_rank")
                .bind("top", 2)
                .list(Ranked.class);
        assertEquals(List.of(new Ranked("Grace", 1), new Ranked("Alan", 2)), oldest);
        List<RunningTotal> totals = toasty.sql("SELECT \"email\", SUM(\"score\") OVER (ORDER BY \"email\") AS total"
                        + " FROM \"people\" ORDER BY \"email\"")
                .list(RunningTotal.class);
        assertEquals(new RunningTotal("ada@example.com", 10), totals.get(0));
        assertEquals(new RunningTotal("nobody@example.com", 146), totals.get(4));
    }

    @Test
    void aRawFragmentInsideATypedQuery() {
        List<String> evenAges = people
                .where(Condition.raw("MOD(\"age\", ?) = 0", 2))
                .where(Person_.score.gt(0))
                .orderBy(Person_.name.asc())
                .list()
                .stream()
                .map(p -> p.name)
                .toList();
        assertEquals(List.of("Ada"), evenAges);
        assertEquals(
                "SELECT \"id\", \"email\", \"name\", \"age\", \"score\", \"status\", \"version\" FROM \"people\" WHERE"
                        + " (MOD(\"age\", ?) = 0) AND (\"score\" > ?) ORDER BY \"name\" ASC NULLS LAST",
                db.sqlLog().statements().get(0));
        InvalidQueryException e =
                assertThrows(InvalidQueryException.class, () -> people.where(Condition.raw("MOD(\"age\", ?) = ?", 2))
                        .list());
        assertEquals(
                "Condition.raw(\"MOD(\"age\", ?) = ?\") has 2 ? placeholders but 1 value was given", e.getMessage());
    }

    @Test
    void rawSqlRunsInTheCurrentTransaction() {
        assertThrows(
                IllegalStateException.class,
                () -> toasty.useTransaction(tx -> {
                    people.insert(new Person("new@example.com", "New", 1));
                    assertEquals(
                            6, toasty.sql("SELECT COUNT(*) FROM \"people\"").one(Long.class));
                    toasty.sql("DELETE FROM \"people\" WHERE \"age\" > ?", 80).execute();
                    throw new IllegalStateException("roll back");
                }));
        assertEquals(5, people.count());
        assertEquals(1, people.where(Person_.age.gt(80)).count());
    }

    @Test
    void badParametersAreRefusedBeforeAnySql() {
        InvalidQueryException unknown = assertThrows(
                InvalidQueryException.class, () -> toasty.sql("SELECT * FROM \"people\" WHERE \"age\" > :age")
                        .bind("agee", 1)
                        .bind("age", 2)
                        .list(Person.class));
        assertEquals(
                "The SQL \"SELECT * FROM \"people\" WHERE \"age\" > :age\" has no parameter :agee; its named parameters"
                        + " are :age",
                unknown.getMessage());
        InvalidQueryException missing = assertThrows(InvalidQueryException.class, () -> toasty.sql(
                        "DELETE FROM \"people\" WHERE \"age\" > :age AND \"name\" = :name")
                .bind("age", 2)
                .execute());
        assertEquals(
                "The SQL \"DELETE FROM \"people\" WHERE \"age\" > :age AND \"name\" = :name\" has a parameter :name that"
                        + " was given no value: add bind(\"name\", value)",
                missing.getMessage());
        InvalidQueryException positional =
                assertThrows(InvalidQueryException.class, () -> toasty.sql("DELETE FROM \"people\" WHERE \"age\" > ?")
                        .execute());
        assertEquals(
                "The SQL \"DELETE FROM \"people\" WHERE \"age\" > ?\" has 1 ? placeholder but 0 values were given",
                positional.getMessage());
        InvalidValueException nul =
                assertThrows(InvalidValueException.class, () -> toasty.sql("UPDATE \"people\" SET \"name\" = :name")
                        .bind("name", "a\u0000b")
                        .execute());
        assertTrue(nul.getMessage().startsWith("A value bound to raw SQL is refused: "), nul.getMessage());
        assertEquals(0, db.sqlLog().count());
        assertEquals(5, people.count());
        MappingException unmapped =
                assertThrows(MappingException.class, () -> toasty.sql("SELECT \"id\", \"name\" FROM \"people\"")
                        .list(Person.class));
        assertEquals(
                "The SQL \"SELECT \"id\", \"name\" FROM \"people\"\" is read into Person, but its rows have no column"
                        + " email, age, score, status, version: select every column of people",
                unmapped.getMessage());
    }
}
