package io.toasty.it.rel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.toasty.InvalidQueryException;
import io.toasty.InvalidValueException;
import io.toasty.NotFoundException;
import io.toasty.Repository;
import io.toasty.Toasty;
import io.toasty.relation.RelationNotLoadedException;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.TestDatabase;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One object by key with its relations: {@code query().include(...).find(key)}, one statement per level. */
@DatabaseTest
class FindWithIncludesTest {
    private final TestDatabase db;
    private final Repository<Forum> forums;
    private final Repository<Topic> topics;
    private final Repository<Reply> replies;
    private Forum java;
    private Forum closed;

    FindWithIncludesTest(TestDatabase db) {
        this.db = db;
        Toasty toasty = db.toasty(Forum.class, Topic.class, Reply.class, Assignment.class, Moderator.class);
        this.forums = toasty.repository(Forum.class);
        this.topics = toasty.repository(Topic.class);
        this.replies = toasty.repository(Reply.class);
    }

    /** Java has a live topic with a live and a deleted reply, and a deleted topic; Closed is deleted. */
    @BeforeEach
    void seed() {
        java = forums.insert(new Forum("Java"));
        closed = forums.insert(new Forum("Closed"));
        Topic records = topics.insert(new Topic(java, "Records"));
        Topic old = topics.insert(new Topic(java, "Applets"));
        replies.insert(new Reply(records, "Nice"));
        Reply spam = replies.insert(new Reply(records, "Spam"));
        topics.insert(new Topic(closed, "Gone"));
        replies.delete(spam);
        topics.delete(old);
        forums.delete(closed);
        db.sqlLog().clear();
    }

    private static List<String> titles(Forum forum) {
        return forum.topics.get().stream().map(t -> t.title).toList();
    }

    @Test
    void findLoadsTheIncludesWithOneStatementPerLevel() {
        Long id = java.id;
        Optional<Forum> found =
                forums.query().include(Forum_.topics.include(Topic_.replies)).find(id);
        assertEquals(3, db.sqlLog().count(), db.sqlLog().toString());
        Forum forum = found.orElseThrow();
        assertEquals("Java", forum.name);
        assertEquals(List.of("Records"), titles(forum), "the deleted topic is left out");
        assertEquals(
                List.of("Nice"),
                forum.topics.get().get(0).replies.get().stream()
                        .map(r -> r.body)
                        .toList(),
                "the deleted reply is left out");
        assertEquals(
                "SELECT \"id\", \"name\", \"deleted_at\" FROM \"forums\" WHERE \"deleted_at\" IS NULL AND (\"id\" = ?)",
                db.sqlLog().statements().get(0));
    }

    @Test
    void getTakesARelationOrAnIncludeWithItsOwnFilter() {
        Forum forum = forums.query().include(Forum_.topics).get(java.id);
        assertEquals(List.of("Records"), titles(forum));
        assertEquals(2, db.sqlLog().count(), db.sqlLog().toString());
        Forum filtered = forums.query()
                .include(Forum_.topics.where(Topic_.title.startsWith("X")))
                .get(java.id);
        assertEquals(List.of(), titles(filtered));
        Forum plain = forums.query().get(java.id);
        assertThrows(RelationNotLoadedException.class, () -> plain.topics.get());
        assertEquals(5, db.sqlLog().count(), "no include: one statement");
    }

    @Test
    void aSoftDeletedRowIsNotFoundUnlessTheQueryAsksForDeletedRows() {
        assertTrue(forums.query().include(Forum_.topics).find(closed.id).isEmpty());
        assertEquals(1, db.sqlLog().count(), "no row: no preload statement");
        NotFoundException e = assertThrows(
                NotFoundException.class,
                () -> forums.query().include(Forum_.topics).get(closed.id));
        assertEquals("No Forum has the key " + closed.id, e.getMessage());
        Forum deleted = forums.query().withDeleted().include(Forum_.topics).get(closed.id);
        assertEquals(List.of("Gone"), titles(deleted));
    }

    @Test
    void theQueryConditionsApply() {
        assertTrue(forums.where(Forum_.name.eq("Kotlin")).find(java.id).isEmpty());
        NotFoundException e = assertThrows(NotFoundException.class, () -> forums.where(Forum_.name.eq("Kotlin"))
                .get(java.id));
        assertTrue(e.getMessage().startsWith("No Forum has the key " + java.id + " and matches ["), e.getMessage());
        assertEquals("Java", forums.where(Forum_.name.eq("Java")).get(java.id).name);
    }

    @Test
    void aBadKeyIsRefusedBeforeAnySql() {
        InvalidValueException count = assertThrows(
                InvalidValueException.class,
                () -> forums.query().include(Forum_.topics).find(1L, 2L));
        assertEquals("Forum has a key of 1 field(s) [id], but 2 value(s) were given: [1, 2]", count.getMessage());
        InvalidValueException type = assertThrows(
                InvalidValueException.class,
                () -> forums.query().include(Forum_.topics).find("one"));
        assertTrue(type.getMessage().startsWith("Forum.id cannot be compared with the value 'one'"), type.getMessage());
        InvalidValueException none =
                assertThrows(InvalidValueException.class, () -> forums.query().find((Object) null));
        assertEquals("Forum key id is null: a key value is needed", none.getMessage());
        InvalidQueryException window = assertThrows(
                InvalidQueryException.class, () -> forums.query().limit(1).find(java.id));
        assertEquals(
                "find(key) of Forum reads one row by its key: remove limit and offset from the query",
                window.getMessage());
        assertEquals(0, db.sqlLog().count(), db.sqlLog().toString());
        assertEquals("Java", forums.query().find(java.id.intValue()).orElseThrow().name, "an Integer for a Long key");
    }

    @Test
    void aCompositeKeyTakesOneValuePerKeyField() {
        Toasty shelving = db.toasty(Shelf.class, Book.class);
        Shelf shelf = shelving.repository(Shelf.class).insert(new Shelf("Attic", 2, "Poetry"));
        shelving.repository(Book.class).insert(new Book("Odes", shelf));
        db.sqlLog().clear();
        Shelf found =
                shelving.repository(Shelf.class).query().include(Shelf_.books).get("Attic", 2);
        assertEquals("Poetry", found.label);
        assertEquals(
                List.of("Odes"), found.books.get().stream().map(b -> b.title).toList());
        assertEquals(2, db.sqlLog().count(), db.sqlLog().toString());
        assertTrue(shelving.repository(Shelf.class).query().find("Attic", 3).isEmpty());
    }
}
