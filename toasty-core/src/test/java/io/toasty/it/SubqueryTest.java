package io.toasty.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.toasty.InvalidQueryException;
import io.toasty.Query;
import io.toasty.Repository;
import io.toasty.Toasty;
import io.toasty.query.Condition;
import io.toasty.query.Subquery;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;

/** in(subquery), exists(subquery) and scalar subqueries, correlated or not, in reads and set-based writes. */
@DatabaseTest
class SubqueryTest {
    private static final String COLUMNS = "\"id\", \"email\", \"name\", \"age\", \"score\", \"status\", \"version\"";

    private final TestDatabase db;
    private final Repository<Person> people;
    private final Repository<Ticket> tickets;
    private final Person ada;
    private final Person alan;
    private final Person grace;

    SubqueryTest(TestDatabase db) {
        this.db = db;
        Toasty toasty = db.toasty(Person.class, Ticket.class);
        this.people = toasty.repository(Person.class);
        this.tickets = toasty.repository(Ticket.class);
        List<Person> inserted = people.insertAll(List.of(
                new Person("ada@example.com", "Ada", 36, 10),
                new Person("alan@example.com", "Alan", 41, 41),
                new Person("grace@example.com", "Grace", 85, 90),
                new Person("linus@example.com", "Linus", 17, 5)));
        ada = inserted.get(0);
        alan = inserted.get(1);
        grace = inserted.get(2);
        tickets.insertAll(List.of(
                new Ticket(ada.id, "a1", 3),
                new Ticket(ada.id, "a2", 9),
                new Ticket(alan.id, "b1", 2),
                new Ticket(grace.id, "g1", 50),
                new Ticket(grace.id, "g2", 60)));
        db.sqlLog().clear();
    }

    private static List<String> names(Query<Person> query) {
        return query.orderBy(Person_.name.asc()).list().stream()
                .map(p -> p.name)
                .toList();
    }

    @Test
    void inAndNotInASubquery() {
        List<String> withBigTickets = names(people.where(Person_.id.in(
                Subquery.from(Ticket.class).select(Ticket_.personId).where(Ticket_.points.gt(5)))));
        assertEquals(List.of("Ada", "Grace"), withBigTickets);
        assertEquals(
                "SELECT " + COLUMNS + " FROM \"people\" WHERE \"id\" IN (SELECT \"person_id\" FROM \"tickets\" \"sq1\""
                        + " WHERE \"points\" > ?) ORDER BY \"name\" ASC NULLS LAST",
                db.sqlLog().statements().get(0));
        assertEquals(
                List.of("Alan", "Linus"),
                names(people.where(Person_.id.notIn(
                        Subquery.from(Ticket.class).select(Ticket_.personId).where(Ticket_.points.gt(5))))));
    }

    @Test
    void existsACorrelatedSubquery() {
        List<String> withTickets = names(
                people.where(Condition.exists(Subquery.from(Ticket.class).correlate(Ticket_.personId, Person_.id))));
        assertEquals(List.of("Ada", "Alan", "Grace"), withTickets);
        assertEquals(
                "SELECT " + COLUMNS + " FROM \"people\" WHERE EXISTS (SELECT 1 FROM \"tickets\" \"sq1\" WHERE"
                        + " \"sq1\".\"person_id\" = \"people\".\"id\") ORDER BY \"name\" ASC NULLS LAST",
                db.sqlLog().statements().get(0));
        List<String> without = names(
                people.where(Condition.notExists(Subquery.from(Ticket.class).correlate(Ticket_.personId, Person_.id))));
        assertEquals(List.of("Linus"), without);
        List<String> allSmall = names(
                people.where(Condition.exists(Subquery.from(Ticket.class).correlate(Ticket_.personId, Person_.id)))
                        .where(Condition.notExists(Subquery.from(Ticket.class)
                                .where(Ticket_.points.ge(5))
                                .correlate(Ticket_.personId, Person_.id))));
        assertEquals(List.of("Alan"), allSmall);
    }

    @Test
    void aScalarSubqueryInACondition() {
        List<String> olderThanAverage = names(people.where(Person_.age.gt(
                Subquery.from(Person.class).select(Person_.age.avg()).value())));
        assertEquals(List.of("Grace"), olderThanAverage);
        assertEquals(
                "SELECT " + COLUMNS + " FROM \"people\" WHERE \"age\" > (SELECT AVG(\"age\") FROM \"people\" \"sq1\")"
                        + " ORDER BY \"name\" ASC NULLS LAST",
                db.sqlLog().statements().get(0));
        List<String> scoreAboveTheirPoints = names(people.where(Person_.score.gt(Subquery.from(Ticket.class)
                .select(Ticket_.points.sum())
                .correlate(Ticket_.personId, Person_.id)
                .value())));
        assertEquals(List.of("Alan"), scoreAboveTheirPoints);
    }

    @Test
    void subqueriesInSetBasedWrites() {
        long deleted = tickets.where(Ticket_.personId.in(
                        Subquery.from(Person.class).select(Person_.id).where(Person_.age.gt(80))))
                .delete();
        assertEquals(2, deleted);
        long updated = people.where(
                        Condition.exists(Subquery.from(Ticket.class).correlate(Ticket_.personId, Person_.id)))
                .update(Person_.score.set(0));
        assertEquals(2, updated);
        assertEquals(List.of("Ada", "Alan"), names(people.where(Person_.score.eq(0))));
    }

    @Test
    void aSubqueryInInMustSelectOneExpression() {
        Subquery<Ticket, Long> nothingSelected = new Subquery<>(Ticket.class, List.of(), List.of(), List.of());
        InvalidQueryException e =
                assertThrows(InvalidQueryException.class, () -> people.where(Person_.id.in(nothingSelected))
                        .list());
        assertEquals(
                "A subquery of Ticket used in in(...) or value() must select one expression: add select(...) to"
                        + " Subquery.from(Ticket.class)",
                e.getMessage());
        assertEquals(0, db.sqlLog().count());
    }
}
