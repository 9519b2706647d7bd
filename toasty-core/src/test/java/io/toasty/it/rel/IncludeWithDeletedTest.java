package io.toasty.it.rel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.toasty.Repository;
import io.toasty.Toasty;
import io.toasty.query.Include;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An include that asks for soft-deleted related rows gets them, at its own level only; the default leaves them out. */
@DatabaseTest
class IncludeWithDeletedTest {
    private final TestDatabase db;
    private final Repository<Forum> forums;
    private final Repository<Topic> topics;
    private final Repository<Reply> replies;
    private Forum java;
    private Forum closed;

    IncludeWithDeletedTest(TestDatabase db) {
        this.db = db;
        Toasty toasty = db.toasty(Forum.class, Topic.class, Reply.class, Assignment.class, Moderator.class);
        this.forums = toasty.repository(Forum.class);
        this.topics = toasty.repository(Topic.class);
        this.replies = toasty.repository(Reply.class);
    }

    /**
     * Java has the live topic Records (replies Nice, and Spam deleted) and the deleted topic Applets (reply Old);
     * the deleted forum Closed has the topic Gone.
     */
    @BeforeEach
    void seed() {
        java = forums.insert(new Forum("Java"));
        closed = forums.insert(new Forum("Closed"));
        Topic records = topics.insert(new Topic(java, "Records"));
        Topic applets = topics.insert(new Topic(java, "Applets"));
        replies.insert(new Reply(records, "Nice"));
        replies.delete(replies.insert(new Reply(records, "Spam")));
        replies.insert(new Reply(applets, "Old"));
        topics.insert(new Topic(closed, "Gone"));
        topics.delete(applets);
        forums.delete(closed);
        db.sqlLog().clear();
    }

    private static List<String> titles(Forum forum) {
        return forum.topics.get().stream().map(t -> t.title).toList();
    }

    private static List<String> bodies(Forum forum) {
        return forum.topics.get().stream()
                .flatMap(t -> t.replies.get().stream())
                .map(r -> r.body)
                .toList();
    }

    @Test
    void anIncludeWithDeletedLoadsSoftDeletedChildren() {
        Forum forum = forums.query()
                .include(Include.of(Forum_.topics).withDeleted().orderBy(Topic_.title.asc()))
                .get(java.id);
        assertEquals(List.of("Applets", "Records"), titles(forum));
        assertEquals(2, db.sqlLog().count(), db.sqlLog().toString());
        assertFalse(
                db.sqlLog().statements().get(1).contains("IS NULL"),
                db.sqlLog().statements().get(1));

        Forum plain = forums.query().include(Forum_.topics).get(java.id);
        assertEquals(List.of("Records"), titles(plain), "the default still leaves them out");
        assertTrue(db.sqlLog().statements().get(3).contains("\"deleted_at\" IS NULL"));
        Forum again = forums.query().include(Forum_.topics.withDeleted()).get(java.id);
        assertEquals(2, again.topics.get().size(), "the cached text of the plain include is not reused");
    }

    @Test
    void eachNestedLevelAsksForItsOwn() {
        Forum both = forums.query()
                .include(Forum_.topics
                        .withDeleted()
                        .orderBy(Topic_.title.asc())
                        .include(Topic_.replies.withDeleted().orderBy(Reply_.body.asc())))
                .get(java.id);
        assertEquals(List.of("Applets", "Records"), titles(both));
        assertEquals(List.of("Old", "Nice", "Spam"), bodies(both));
        assertEquals(3, db.sqlLog().count(), db.sqlLog().toString());

        Forum topLevelOnly = forums.query()
                .include(Forum_.topics.withDeleted().orderBy(Topic_.title.asc()).include(Topic_.replies))
                .get(java.id);
        assertEquals(List.of("Applets", "Records"), titles(topLevelOnly));
        assertEquals(List.of("Old", "Nice"), bodies(topLevelOnly), "Spam stays out: its level did not ask");

        Forum nestedOnly = forums.query()
                .include(Forum_.topics.include(Topic_.replies.withDeleted().orderBy(Reply_.body.asc())))
                .get(java.id);
        assertEquals(List.of("Records"), titles(nestedOnly));
        assertEquals(List.of("Nice", "Spam"), bodies(nestedOnly));
    }

    @Test
    void aBelongsToWithDeletedLoadsTheDeletedParent() {
        Topic gone = topics.query().withDeleted().where(Topic_.title.eq("Gone")).one();
        topics.load(List.of(gone), Topic_.forum);
        assertTrue(gone.forum.find().isEmpty(), "a deleted forum loads as none by default");
        topics.load(List.of(gone), Topic_.forum.withDeleted());
        assertEquals("Closed", gone.forum.get().name);
    }

    @Test
    void loadOnObjectsInHandTakesItToo() {
        List<Forum> all =
                forums.query().withDeleted().orderBy(Forum_.name.asc()).list();
        db.sqlLog().clear();
        forums.load(all, Forum_.topics.withDeleted().orderBy(Topic_.title.asc()).include(Topic_.replies));
        assertEquals(2, db.sqlLog().count(), db.sqlLog().toString());
        assertEquals("Closed", all.get(0).name);
        assertEquals(List.of("Gone"), titles(all.get(0)));
        assertEquals(List.of("Applets", "Records"), titles(all.get(1)));
        assertEquals(List.of("Old", "Nice"), bodies(all.get(1)));
        forums.load(all, Forum_.topics);
        assertEquals(List.of("Records"), titles(all.get(1)));
        assertEquals(closed.id, all.get(0).id);
    }

    @Test
    void aManyToManyWithDeletedLoadsDeletedTargetsButNotThroughDeletedJoinRows() {
        Toasty toasty = db.builder(Forum.class, Topic.class, Reply.class, Assignment.class, Moderator.class)
                .build();
        Repository<Moderator> moderators = toasty.repository(Moderator.class);
        Repository<Assignment> assignments = toasty.repository(Assignment.class);
        Moderator ann = moderators.insert(new Moderator("Ann"));
        Moderator ben = moderators.insert(new Moderator("Ben"));
        Moderator cy = moderators.insert(new Moderator("Cy"));
        assignments.insert(new Assignment(java, ann));
        assignments.insert(new Assignment(java, ben));
        assignments.delete(assignments.insert(new Assignment(java, cy)));
        moderators.delete(ben);
        db.sqlLog().clear();

        Forum plain = forums.query().include(Forum_.moderators).get(java.id);
        assertEquals(
                List.of("Ann"), plain.moderators.get().stream().map(m -> m.name).toList());
        Forum all = forums.query()
                .include(Forum_.moderators.withDeleted().orderBy(Moderator_.name.asc()))
                .get(java.id);
        assertEquals(
                List.of("Ann", "Ben"),
                all.moderators.get().stream().map(m -> m.name).toList(),
                "Ben is deleted but still assigned; Cy's assignment is deleted");
        assertEquals(4, db.sqlLog().count(), db.sqlLog().toString());
    }
}
