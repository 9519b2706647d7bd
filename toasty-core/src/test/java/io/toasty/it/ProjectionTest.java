package io.toasty.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.toasty.InvalidQueryException;
import io.toasty.Projection;
import io.toasty.Repository;
import io.toasty.Toasty;
import io.toasty.query.Functions;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.TestDatabase;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Projections into records, aggregates with GROUP BY and HAVING, and database functions in reads and writes. */
@DatabaseTest
class ProjectionTest {
    record Summary(Long id, String name) {}

    record AgeGroup(int decade, long people) {}

    record Stats(long rows, long statuses, long totalScore, double averageAge, Integer youngest, Integer oldest) {}

    record Exact(BigDecimal averageAge, String firstName) {}

    private final TestDatabase db;
    private final Repository<Person> people;
    private final Repository<Ticket> tickets;

    ProjectionTest(TestDatabase db) {
        this.db = db;
        Toasty toasty = db.toasty(Person.class, Ticket.class);
        this.people = toasty.repository(Person.class);
        this.tickets = toasty.repository(Ticket.class);
        people.insertAll(List.of(
                new Person("ada@example.com", "Ada", 36, 10),
                new Person("alan@example.com", "Alan", 41, 41),
                new Person("grace@example.com", "Grace", 85, 90),
                new Person("linus@example.com", "Linus", 17, 5),
                new Person("nobody@example.com", null, null, 0),
                new Person("percy@example.com", "Percy", 50, 60),
                new Person("sam@example.com", "sam", 51, 0)));
        db.sqlLog().clear();
    }

    @Test
    void chosenFieldsIntoARecord() {
        List<Summary> summaries = people.where(Person_.age.gt(40))
                .orderBy(Person_.name.asc())
                .select(Summary.class, Person_.id, Person_.name)
                .list();
        assertEquals(
                List.of("Alan", "Grace", "Percy", "sam"),
                summaries.stream().map(Summary::name).toList());
        assertTrue(summaries.stream().allMatch(s -> s.id() != null));
        assertEquals(
                List.of("SELECT \"id\", \"name\" FROM \"people\" WHERE \"age\" > ? ORDER BY \"name\" ASC NULLS LAST"),
                db.sqlLog().statements());
        List<String> emails = people.query()
                .orderBy(Person_.email.desc())
                .limit(2)
                .select(String.class, Person_.email)
                .list();
        assertEquals(List.of("sam@example.com", "percy@example.com"), emails);
        long adults = people.where(Person_.age.ge(18))
                .select(Long.class, Functions.count())
                .one();
        assertEquals(5, adults);
    }

    @Test
    void aKeptProjectionIsRenderedOnceAndRunsEachTime() {
        Projection<Person, Long> adults = people.where(Person_.age.ge(18)).select(Long.class, Functions.count());
        assertEquals(5, adults.one());
        people.insert(new Person("new@example.com", "New", 30));
        assertEquals(6, adults.one());
        assertEquals(List.of(6L), adults.list());
        List<String> statements = db.sqlLog().statements();
        assertEquals(4, statements.size());
        assertEquals(statements.get(0), statements.get(2));
    }

    @Test
    void aggregatesIntoARecord() {
        Stats stats = people.query()
                .select(
                        Stats.class,
                        List.of(
                                Functions.count(),
                                Person_.status.countDistinct(),
                                Person_.score.sum(),
                                Person_.age.avg(),
                                Person_.age.min(),
                                Person_.age.max()))
                .one();
        assertEquals(new Stats(7, 1, 206, 280 / 6.0, 17, 85), stats);
        assertEquals(
                List.of("SELECT COUNT(*), COUNT(DISTINCT \"status\"), SUM(\"score\"), AVG(\"age\"), MIN(\"age\"),"
                        + " MAX(\"age\") FROM \"people\" LIMIT 2"),
                db.sqlLog().statements());
        Exact exact = people.query()
                .select(Exact.class, Person_.age.avg(), Person_.name.min())
                .one();
        assertEquals(
                0, new BigDecimal("46.666").compareTo(exact.averageAge().setScale(3, java.math.RoundingMode.DOWN)));
        assertEquals("Ada", exact.firstName());
    }

    @Test
    void countPerAgeDecade() {
        List<AgeGroup> decades = people.where(Person_.age.isNotNull())
                .select(AgeGroup.class, Person_.age.dividedBy(10), Person_.id.count())
                .groupBy(Person_.age.dividedBy(10))
                .orderBy(Person_.age.dividedBy(10).asc())
                .list();
        assertEquals(
                List.of(
                        new AgeGroup(1, 1),
                        new AgeGroup(3, 1),
                        new AgeGroup(4, 1),
                        new AgeGroup(5, 2),
                        new AgeGroup(8, 1)),
                decades);
        db.sqlLog().clear();
        List<AgeGroup> crowded = people.where(Person_.age.isNotNull())
                .select(AgeGroup.class, Person_.age.dividedBy(10), Person_.id.count())
                .groupBy(Person_.age.dividedBy(10))
                .having(Person_.id.count().gt(1L))
                .list();
        assertEquals(List.of(new AgeGroup(5, 2)), crowded);
        assertEquals(
                List.of("SELECT (\"age\" / 10), COUNT(\"id\") FROM \"people\" WHERE \"age\" IS NOT NULL GROUP BY"
                        + " (\"age\" / 10) HAVING COUNT(\"id\") > 1"),
                db.sqlLog().statements());
    }

    @Test
    void aFieldNeitherGroupedNorAggregatedIsRefusedBeforeSql() {
        InvalidQueryException e = assertThrows(InvalidQueryException.class, () -> people.query()
                .select(Summary.class, Person_.id.count(), Person_.name)
                .list());
        assertEquals(
                "Person.name is selected (expression 2 of Summary) but is neither grouped nor aggregated: add"
                        + " groupBy(Person.name), or select an aggregate of it such as max()",
                e.getMessage());
        assertThrows(InvalidQueryException.class, () -> people.query()
                .select(AgeGroup.class, Person_.age, Person_.id.count())
                .groupBy(Person_.age.dividedBy(10))
                .list());
        assertEquals(0, db.sqlLog().count());
    }

    @Test
    void aRecordThatDoesNotMatchTheFieldsIsRefused() {
        InvalidQueryException type = assertThrows(
                InvalidQueryException.class, () -> people.query().select(Summary.class, Person_.id, Person_.age));
        assertEquals(
                "Summary.name is a String, but Person.age, selected for it, is a Integer: change the component's type",
                type.getMessage());
        InvalidQueryException count =
                assertThrows(InvalidQueryException.class, () -> people.query().select(Summary.class, Person_.id));
        assertEquals(
                "Summary has 2 components, but 1 expression is selected: Person.id; give one expression per component,"
                        + " in order",
                count.getMessage());
        InvalidQueryException numeric = assertThrows(
                InvalidQueryException.class, () -> people.query().select(String.class, Person_.id.count()));
        assertEquals(
                "String is a String, but count(Person.id), selected for it, is a number: change the component's type",
                numeric.getMessage());
        assertEquals(0, db.sqlLog().count());
    }

    @Test
    void functionsInConditions() {
        assertEquals(List.of("sam"), names(people.where(Person_.name.upper().eq("SAM"))));
        assertEquals(List.of("Ada"), names(people.where(Person_.name.lower().eq("ada"))));
        assertEquals(
                List.of("Alan", "Grace", "Linus", "Percy"),
                names(people.where(Person_.name.length().gt(3))));
        assertEquals(
                List.of("Ada", "Linus"),
                names(people.where(Person_.score.minus(8).abs().lt(5))));
        assertEquals(1, people.where(Person_.age.coalesce(0).eq(0)).count());
        assertEquals(1, people.where(Person_.name.coalesce("?").eq("?")).count());
        db.sqlLog().clear();
        people.where(Person_.name
                        .lower()
                        .eq("ada")
                        .and(Person_.score.minus(8).abs().lt(5)))
                .where(Person_.age.coalesce(0).gt(1))
                .count();
        assertEquals(
                List.of("SELECT COUNT(*) FROM \"people\" WHERE ((LOWER(\"name\") = ? AND ABS((\"score\" - ?)) < ?))"
                        + " AND (COALESCE(\"age\", ?) > ?)"),
                db.sqlLog().statements());
    }

    private static List<String> names(io.toasty.Query<Person> query) {
        return query.orderBy(Person_.name.asc()).list().stream()
                .map(p -> p.name)
                .toList();
    }

    @Test
    void functionsInSetBasedWrites() {
        tickets.insertAll(List.of(new Ticket(1L, "first", 3), new Ticket(1L, "second", 8)));
        Instant before = Instant.now().minus(Duration.ofMinutes(5));
        db.sqlLog().clear();
        long touched = tickets.where(Ticket_.points.gt(5))
                .update(List.of(Ticket_.updatedAt.set(Functions.now()), Ticket_.title.set(Ticket_.title.upper())));
        assertEquals(1, touched);
        assertEquals(
                List.of("UPDATE \"tickets\" SET \"updated_at\" = CURRENT_TIMESTAMP, \"title\" = UPPER(\"title\")"
                        + " WHERE \"points\" > ?"),
                db.sqlLog().statements());
        Ticket second = tickets.where(Ticket_.points.eq(8)).one();
        assertEquals("SECOND", second.title);
        assertTrue(second.updatedAt.isAfter(before), second.updatedAt.toString());
        assertEquals(1, tickets.where(Ticket_.updatedAt.le(Functions.now())).count());
        assertEquals(1, tickets.where(Ticket_.updatedAt.isNull()).count());
    }
}
