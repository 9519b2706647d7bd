package io.toasty.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.toasty.InvalidCursorException;
import io.toasty.InvalidQueryException;
import io.toasty.NumberedPage;
import io.toasty.Page;
import io.toasty.Query;
import io.toasty.Repository;
import io.toasty.Toasty;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keyset pagination with signed cursors, and numbered pages with a total. */
@DatabaseTest
class PagingTest {
    private static final String COLUMNS = "\"id\", \"email\", \"name\", \"age\", \"score\", \"status\", \"version\"";

    private final TestDatabase db;
    private final Toasty toasty;
    private final Repository<Person> people;

    PagingTest(TestDatabase db) {
        this.db = db;
        this.toasty = db.toasty(Person.class, Note.class);
        this.people = toasty.repository(Person.class);
        List<Person> all = new ArrayList<>();
        String[] names = {"Ada", "Alan", null, "Grace", "Linus", null, "Ada"};
        for (int i = 0; i < 23; i++) {
            Integer age = i % 5 == 0 ? null : 20 + i % 4;
            all.add(new Person("p" + i + "@example.com", names[i % names.length], age, i % 3));
        }
        people.insertAll(all);
        db.sqlLog().clear();
    }

    private static List<Long> ids(List<Person> rows) {
        return rows.stream().map(p -> p.id).toList();
    }

    /** Walks every page forward, then back from the last one, and checks both against one ordered list. */
    private void walk(Query<Person> query, List<Long> expected, int size) {
        List<Long> forward = new ArrayList<>();
        List<Page<Person>> pages = new ArrayList<>();
        Page<Person> page = query.page(size);
        assertFalse(page.hasPrevious());
        pages.add(page);
        forward.addAll(ids(page.items()));
        while (page.hasNext()) {
            page = query.page(page.next().orElseThrow());
            assertTrue(page.hasPrevious());
            pages.add(page);
            forward.addAll(ids(page.items()));
        }
        assertEquals(expected, forward);
        assertEquals((expected.size() + size - 1) / size, pages.size());
        List<Long> backward = new ArrayList<>(ids(page.items()));
        while (page.hasPrevious()) {
            page = query.page(page.previous().orElseThrow());
            assertEquals(size, page.items().size());
            backward.addAll(0, ids(page.items()));
        }
        assertEquals(expected, backward);
    }

    @Test
    void pagesInKeyOrder() {
        List<Long> expected = ids(people.query().orderBy(Person_.id.asc()).list());
        walk(people.query(), expected, 5);
        walk(people.query(), expected, 23);
        walk(people.query(), expected, 100);
    }

    @Test
    void pagesInAMultiColumnOrderWithTheKeyAsTieBreaker() {
        Query<Person> byScore = people.query().orderBy(Person_.score.desc()).thenBy(Person_.email.asc());
        walk(byScore, ids(byScore.thenBy(Person_.id.desc()).list()), 4);
        Query<Person> byScoreOnly = people.query().orderBy(Person_.score.asc());
        walk(byScoreOnly, ids(byScoreOnly.thenBy(Person_.id.asc()).list()), 3);
    }

    @Test
    void pagesOverNullableColumnsInMixedDirections() {
        Query<Person> query = people.query().orderBy(Person_.age.asc()).thenBy(Person_.name.desc());
        walk(query, ids(query.thenBy(Person_.id.desc()).list()), 4);
        Query<Person> nullsFirst = people.query()
                .orderBy(Person_.age.asc().nullsFirst())
                .thenBy(Person_.name.desc().nullsLast());
        walk(nullsFirst, ids(nullsFirst.thenBy(Person_.id.desc()).list()), 3);
        Query<Person> filtered =
                people.where(Person_.score.ne(1)).orderBy(Person_.name.asc()).thenBy(Person_.age.desc());
        walk(filtered, ids(filtered.thenBy(Person_.id.desc()).list()), 2);
    }

    @Test
    void pagesOfRecordsWithCompositeAndUuidKeys() {
        Toasty other = db.toasty(Membership.class, Note.class);
        Repository<Membership> memberships = other.repository(Membership.class);
        List<Membership> rows = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            rows.add(new Membership(i % 3, i, i % 2 == 0 ? "admin" : null, i));
        }
        memberships.insertAll(rows);
        List<String> expected = memberships
                .query()
                .orderBy(Membership_.role.desc())
                .thenBy(Membership_.groupId.desc())
                .thenBy(Membership_.userId.desc())
                .list()
                .stream()
                .map(m -> m.groupId() + "/" + m.userId())
                .toList();
        List<String> seen = new ArrayList<>();
        Page<Membership> page =
                memberships.query().orderBy(Membership_.role.desc()).page(4);
        page.items().forEach(m -> seen.add(m.groupId() + "/" + m.userId()));
        while (page.hasNext()) {
            page = memberships
                    .query()
                    .orderBy(Membership_.role.desc())
                    .page(page.next().orElseThrow());
            page.items().forEach(m -> seen.add(m.groupId() + "/" + m.userId()));
        }
        assertEquals(expected, seen);

        Repository<Note> notes = other.repository(Note.class);
        for (int i = 0; i < 7; i++) {
            notes.insert(new Note(null, "n" + i, "c", i % 3 == 0 ? null : java.time.Instant.ofEpochSecond(i % 2)));
        }
        Query<Note> byTime = notes.query().orderBy(Note_.createdAt.asc().nullsFirst());
        List<java.util.UUID> all =
                byTime.thenBy(Note_.id.asc()).list().stream().map(Note::id).toList();
        List<java.util.UUID> walked = new ArrayList<>();
        Page<Note> notePage = byTime.page(3);
        notePage.items().forEach(n -> walked.add(n.id()));
        while (notePage.hasNext()) {
            notePage = byTime.page(notePage.next().orElseThrow());
            notePage.items().forEach(n -> walked.add(n.id()));
        }
        assertEquals(all, walked);
    }

    @Test
    void aPageIsOneStatementInTheDialectsShape() {
        Page<Person> first = people.query().orderBy(Person_.score.asc()).page(5);
        assertEquals(
                List.of("SELECT " + COLUMNS + " FROM \"people\" ORDER BY \"score\" ASC, \"id\" ASC LIMIT 6"),
                db.sqlLog().statements());
        db.sqlLog().clear();
        people.where(Person_.age.gt(20))
                .orderBy(Person_.score.asc())
                .page(first.next().orElseThrow());
        assertEquals(
                List.of("SELECT " + COLUMNS + " FROM \"people\" WHERE (\"age\" > ?) AND (\"score\", \"id\") > (?, ?)"
                        + " ORDER BY \"score\" ASC, \"id\" ASC LIMIT 6"),
                db.sqlLog().statements());
        db.sqlLog().clear();
        Page<Person> byAge = people.query().orderBy(Person_.age.desc()).page(20);
        people.query().orderBy(Person_.age.desc()).page(byAge.next().orElseThrow());
        assertEquals(
                "SELECT " + COLUMNS + " FROM \"people\" WHERE (\"age\" < ? OR (\"age\" = ? AND \"id\" < ?))"
                        + " ORDER BY \"age\" DESC NULLS FIRST, \"id\" DESC LIMIT 21",
                db.sqlLog().statements().get(1));
        db.sqlLog().clear();
        Page<Person> byName = people.query().orderBy(Person_.name.asc()).page(2);
        people.query().orderBy(Person_.name.asc()).page(byName.next().orElseThrow());
        assertEquals(
                "SELECT " + COLUMNS + " FROM \"people\" WHERE ((\"name\" > ? OR \"name\" IS NULL) OR (\"name\" = ?"
                        + " AND \"id\" > ?)) ORDER BY \"name\" ASC NULLS LAST, \"id\" ASC LIMIT 3",
                db.sqlLog().statements().get(1));
        db.sqlLog().clear();
        people.query().orderBy(Person_.name.asc()).page(byName.next().orElseThrow());
        Page<Person> back =
                people.query().orderBy(Person_.name.asc()).page(byName.next().orElseThrow());
        db.sqlLog().clear();
        people.query().orderBy(Person_.name.asc()).page(back.previous().orElseThrow());
        assertEquals(
                "SELECT " + COLUMNS + " FROM \"people\" WHERE (\"name\" < ? OR (\"name\" = ? AND \"id\" < ?))"
                        + " ORDER BY \"name\" DESC NULLS FIRST, \"id\" DESC LIMIT 3",
                db.sqlLog().statements().get(0));
    }

    @Test
    void aChangedCursorIsRefusedBeforeAnySql() {
        String next = people.query().orderBy(Person_.age.asc()).page(5).next().orElseThrow();
        db.sqlLog().clear();
        byte[] bytes = Base64.getUrlDecoder().decode(next);
        bytes[bytes.length - 20] ^= 1;
        String changed = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        InvalidCursorException e = assertThrows(
                InvalidCursorException.class,
                () -> people.query().orderBy(Person_.age.asc()).page(changed));
        assertEquals(
                "The cursor given to page(cursor) of Person is not one this Toasty made: it was changed, or it was"
                        + " signed with another cursor key (a restart or another instance without"
                        + " Toasty.builder(...).cursorKey(...))",
                e.getMessage());
        String forged = Base64.getUrlEncoder().encodeToString("{\"id\":1}".getBytes(StandardCharsets.UTF_8));
        assertThrows(InvalidCursorException.class, () -> people.query().page(forged));
        assertThrows(InvalidCursorException.class, () -> people.query().page("not base64 at all!"));
        assertThrows(InvalidCursorException.class, () -> people.query().page(""));
        assertEquals(0, db.sqlLog().count(), db.sqlLog().toString());
    }

    @Test
    void aCursorOfAnotherOrderOrModelIsRefused() {
        String byAge = people.query().orderBy(Person_.age.asc()).page(5).next().orElseThrow();
        Repository<Note> notes = toasty.repository(Note.class);
        for (int i = 0; i < 3; i++) {
            notes.insert(new Note("n" + i, "c"));
        }
        String ofNotes = notes.query().page(2).next().orElseThrow();
        db.sqlLog().clear();
        InvalidCursorException order = assertThrows(
                InvalidCursorException.class,
                () -> people.query().orderBy(Person_.age.desc()).page(byAge));
        assertEquals(
                "The cursor given to page(cursor) of Person was made by a query in another order; this query's page"
                        + " order is age desc nulls first, id desc: follow a cursor with the query that made it",
                order.getMessage());
        assertThrows(InvalidCursorException.class, () -> people.query().page(byAge));
        InvalidCursorException model =
                assertThrows(InvalidCursorException.class, () -> people.query().page(ofNotes));
        assertEquals(
                "The cursor given to page(cursor) belongs to a query of Note, not of Person: follow it with a query"
                        + " of Note",
                model.getMessage());
        assertEquals(0, db.sqlLog().count(), db.sqlLog().toString());
    }

    @Test
    void cursorsSurviveARestartOnlyWithAConfiguredKey() {
        String unkeyed = people.query().page(5).next().orElseThrow();
        Toasty restarted = db.builder(Person.class).build();
        assertThrows(
                InvalidCursorException.class,
                () -> restarted.repository(Person.class).query().page(unkeyed));

        byte[] key = "a key of 32 bytes for the cursors".getBytes(StandardCharsets.UTF_8);
        Toasty keyed = db.builder(Person.class).cursorKey(key).build();
        String next = keyed.repository(Person.class).query().page(5).next().orElseThrow();
        Toasty keyedAgain = db.builder(Person.class).cursorKey(key).build();
        assertEquals(
                5,
                keyedAgain.repository(Person.class).query().page(next).items().size());
        assertThrows(
                IllegalArgumentException.class, () -> db.builder(Person.class).cursorKey(new byte[8]));
    }

    @Test
    void badPageRequestsAreRefused() {
        InvalidQueryException limited = assertThrows(
                InvalidQueryException.class, () -> people.query().limit(3).page(2));
        assertEquals(
                "A cursor page of Person sets its own limit: remove limit and offset from the query",
                limited.getMessage());
        InvalidQueryException computed = assertThrows(
                InvalidQueryException.class,
                () -> people.query().orderBy(Person_.score.plus(1).asc()).page(2));
        assertEquals(
                "A cursor page of Person is ordered by (Person.score + 1), which is not a field: keyset pagination orders by"
                        + " fields; use pageNumber(n, size) for other orders",
                computed.getMessage());
        assertThrows(IllegalArgumentException.class, () -> people.query().page(0));
        assertEquals(0, db.sqlLog().count());
    }

    @Test
    void numberedPagesCarryTheTotal() {
        List<Long> all = ids(people.query().orderBy(Person_.id.asc()).list());
        db.sqlLog().clear();
        NumberedPage<Person> second = people.query().pageNumber(2, 10);
        assertEquals(
                List.of(
                        "SELECT COUNT(*) FROM \"people\"",
                        "SELECT " + COLUMNS + " FROM \"people\" ORDER BY \"id\" ASC LIMIT 10 OFFSET 10"),
                db.sqlLog().statements());
        assertEquals(all.subList(10, 20), ids(second.items()));
        assertEquals(23, second.total());
        assertEquals(3, second.totalPages());
        assertTrue(second.hasNext());
        assertTrue(second.hasPrevious());
        NumberedPage<Person> third = people.query().pageNumber(3, 10);
        assertEquals(all.subList(20, 23), ids(third.items()));
        assertFalse(third.hasNext());
        NumberedPage<Person> beyond = people.where(Person_.score.eq(0)).pageNumber(9, 10);
        assertEquals(List.of(), beyond.items());
        assertEquals(8, beyond.total());
        List<Long> reversed = new ArrayList<>(all);
        Collections.reverse(reversed);
        assertEquals(
                reversed.subList(0, 5),
                ids(people.query().orderBy(Person_.id.desc()).pageNumber(1, 5).items()));
    }
}
