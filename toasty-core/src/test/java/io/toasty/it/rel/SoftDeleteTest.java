package io.toasty.it.rel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.toasty.NotFoundException;
import io.toasty.Repository;
import io.toasty.Toasty;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A soft-deleted row is left out of every path unless asked for; each path is tested. */
@DatabaseTest
class SoftDeleteTest {
    private final TestDatabase db;
    private final Repository<Writer> writers;
    private final Repository<Article> articles;
    private Writer kept;
    private Writer gone;
    private Article live;
    private Article deleted;

    SoftDeleteTest(TestDatabase db) {
        this.db = db;
        Toasty toasty = db.toasty(Writer.class, Article.class);
        this.writers = toasty.repository(Writer.class);
        this.articles = toasty.repository(Article.class);
    }

    /** Two writers, one deleted; the kept writer has a live and a deleted article, the gone one a live article. */
    @BeforeEach
    void seed() {
        kept = writers.insert(new Writer("Kept"));
        gone = writers.insert(new Writer("Gone"));
        live = articles.insert(new Article(kept, "Live"));
        deleted = articles.insert(new Article(kept, "Deleted"));
        articles.insert(new Article(gone, "Orphan"));
        assertTrue(articles.delete(deleted));
        assertTrue(writers.deleteByKey(gone.id));
        db.sqlLog().clear();
    }

    @Test
    void deleteSetsTheDeletedAtTimeFromTheDatabaseClock() {
        Article row =
                articles.query().withDeleted().where(Article_.id.eq(deleted.id)).one();
        assertNotNull(row.deletedAt);
        assertTrue(Duration.between(row.deletedAt, Instant.now()).abs().toMinutes() < 5, row.deletedAt.toString());
        db.sqlLog().clear();
        articles.delete(live);
        assertEquals(
                List.of("UPDATE \"articles\" SET \"deleted_at\" = CURRENT_TIMESTAMP, \"version\" = \"version\" + 1"
                        + " WHERE \"id\" = ? AND \"deleted_at\" IS NULL AND \"version\" = ?"),
                db.sqlLog().statements());
        assertEquals(3, articles.query().withDeleted().count(), "the rows are still there");
    }

    @Test
    void findGetAndExistsByKeyLeaveDeletedRowsOut() {
        assertTrue(articles.find(deleted.id).isEmpty());
        assertThrows(NotFoundException.class, () -> articles.get(deleted.id));
        assertFalse(articles.existsByKey(deleted.id));
        assertTrue(articles.find(live.id).isPresent());
        assertEquals(
                "SELECT \"id\", \"writer_id\", \"title\", \"version\", \"deleted_at\" FROM \"articles\" WHERE \"id\" = ?"
                        + " AND \"deleted_at\" IS NULL",
                db.sqlLog().statements().get(3));
    }

    @Test
    void queriesCountsAndExistsLeaveDeletedRowsOut() {
        assertEquals(
                List.of("Live", "Orphan"),
                titles(articles.query().orderBy(Article_.title.asc()).list()));
        assertEquals(2, articles.count());
        assertEquals(1, articles.where(Article_.writerId.eq(kept.id)).count());
        assertFalse(articles.where(Article_.title.eq("Deleted")).exists());
        assertEquals(
                "Live", articles.query().orderBy(Article_.title.asc()).first().orElseThrow().title);
        assertEquals(
                "SELECT COUNT(*) FROM \"articles\" WHERE \"deleted_at\" IS NULL AND (\"writer_id\" = ?)",
                db.sqlLog().statements().get(2));
        assertEquals(3, articles.query().withDeleted().count());
        assertTrue(articles.query()
                .withDeleted()
                .where(Article_.title.eq("Deleted"))
                .exists());
        assertEquals(
                List.of("Live", "Orphan"),
                titles(articles.query().orderBy(Article_.title.asc()).page(10).items()));
        assertEquals(3, articles.query().withDeleted().page(10).items().size());
    }

    @Test
    void setBasedUpdatesAndDeletesLeaveDeletedRowsOut() {
        assertEquals(1, articles.where(Article_.writerId.eq(kept.id)).update(Article_.title.set("Renamed")));
        assertEquals(
                "Deleted",
                articles.query().withDeleted().where(Article_.id.eq(deleted.id)).one().title);
        assertEquals(1, articles.where(Article_.writerId.eq(kept.id)).delete());
        assertEquals(1, articles.count());
        Instant before =
                articles.query().withDeleted().where(Article_.id.eq(deleted.id)).one().deletedAt;
        articles.query().withDeleted().delete();
        assertEquals(
                before,
                articles.query().withDeleted().where(Article_.id.eq(deleted.id)).one().deletedAt,
                "a deleted row keeps the time it was deleted at");
    }

    @Test
    void aDeletedRowIsRestoredBySettingItsDeletedAtBackToNull() {
        long restored = articles.query()
                .withDeleted()
                .where(Article_.id.eq(deleted.id))
                .update(Article_.deletedAt.set((Instant) null));
        assertEquals(1, restored);
        assertEquals("Deleted", articles.get(deleted.id).title);
    }

    @Test
    void updateOfADeletedRowFindsNoRow() {
        deleted.title = "Back?";
        assertThrows(NotFoundException.class, () -> articles.update(deleted));
    }

    @Test
    void hardDeleteRemovesTheRow() {
        assertTrue(articles.hardDelete(deleted));
        assertEquals(
                List.of("DELETE FROM \"articles\" WHERE \"id\" = ?"),
                db.sqlLog().statements());
        assertEquals(2, articles.query().withDeleted().count());
        assertEquals(1, articles.where(Article_.title.eq("Orphan")).hardDelete());
        assertEquals(1, articles.query().withDeleted().count());
        assertTrue(writers.hardDeleteByKey(gone.id));
        assertEquals(1, writers.query().withDeleted().count());
    }

    @Test
    void includesAndLoadLeaveDeletedRowsOut() {
        List<Writer> read = writers.query().include(Writer_.articles).list();
        assertEquals(1, read.size());
        assertEquals(List.of("Live"), titles(read.get(0).articles.get()));
        assertEquals(
                "SELECT \"id\", \"writer_id\", \"title\", \"version\", \"deleted_at\" FROM \"articles\" WHERE"
                        + " \"writer_id\" = ANY(?) AND \"deleted_at\" IS NULL ORDER BY \"id\"",
                db.sqlLog().statements().get(1));
        Article orphan = articles.query()
                .where(Article_.title.eq("Orphan"))
                .include(Article_.writer)
                .one();
        assertFalse(orphan.writer.find().isPresent(), "its writer is deleted");
        List<Writer> all = writers.query().withDeleted().list();
        writers.load(all, Writer_.articles);
        assertEquals(
                1,
                all.stream()
                        .filter(w -> w.name.equals("Gone"))
                        .findFirst()
                        .orElseThrow()
                        .articles
                        .get()
                        .size());
    }

    @Test
    void conditionsThroughRelationsLeaveDeletedRowsOut() {
        assertEquals(
                0,
                writers.where(Writer_.articles.any(Article_.title.eq("Deleted")))
                        .count());
        assertEquals(
                1,
                writers.where(Writer_.articles.any(Article_.title.eq("Live"))).count());
        assertEquals(
                0, articles.where(Article_.writer.any(Writer_.name.eq("Gone"))).count());
        assertEquals(
                "SELECT COUNT(*) FROM \"articles\" WHERE \"deleted_at\" IS NULL AND (EXISTS (SELECT 1 FROM"
                        + " \"writers\" t1 WHERE t1.\"id\" = \"articles\".\"writer_id\" AND t1.\"deleted_at\" IS NULL"
                        + " AND (\"name\" = ?)))",
                db.sqlLog().statements().get(2));
    }

    private static List<String> titles(List<Article> list) {
        return list.stream().map(a -> a.title).toList();
    }
}
