package io.toasty.writes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.toasty.Deferred;
import io.toasty.FieldNotLoadedException;
import io.toasty.InvalidValueException;
import io.toasty.MappingException;
import io.toasty.Repository;
import io.toasty.Toasty;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Deferred fields are left out of queries unless included, and reading one unloaded is a clear error. */
@DatabaseTest
class DeferredTest {
    private final TestDatabase db;
    private final Repository<Article> articles;
    private final Repository<Attachment> attachments;

    DeferredTest(TestDatabase db) {
        this.db = db;
        Toasty toasty = db.toasty(Article.class, Attachment.class);
        this.articles = toasty.repository(Article.class);
        this.attachments = toasty.repository(Attachment.class);
    }

    @Test
    void aQueryLeavesTheDeferredColumnsOutAndReadingOneThrows() {
        Article saved = articles.insert(new Article("Hello", "A long body"));
        db.sqlLog().clear();
        Article article = articles.query().first().orElseThrow();
        assertEquals(
                "SELECT \"id\", \"title\" FROM \"articles\" ORDER BY \"id\" ASC LIMIT 1",
                db.sqlLog().statements().get(0));
        assertEquals("Hello", article.title);
        assertFalse(article.body.isLoaded());
        FieldNotLoadedException thrown = assertThrows(FieldNotLoadedException.class, () -> article.body.get());
        assertEquals(
                "Article.body was not loaded: it is a Deferred field, read only when asked; load it with"
                        + " query().include(Article_.body)",
                thrown.getMessage());
        assertFalse(articles.get(saved.id).body.isLoaded(), "get leaves it out too");
    }

    @Test
    void includeReadsTheDeferredField() {
        articles.insert(new Article("Hello", "A long body"));
        db.sqlLog().clear();
        List<Article> loaded = articles.query().include(Article_.body).list();
        assertEquals(
                "SELECT \"id\", \"title\", \"body\" FROM \"articles\"",
                db.sqlLog().statements().get(0));
        assertEquals("A long body", loaded.get(0).body.get());
        assertFalse(loaded.get(0).cover.isLoaded());
        Article both = articles.query()
                .where(Article_.title.eq("Hello"))
                .include(Article_.body)
                .include(Article_.cover)
                .one();
        assertArrayEquals(new byte[] {1, 2, 3}, both.cover.get());
    }

    @Test
    void findByKeyReadsAnIncludedDeferredField() {
        Article saved = articles.insert(new Article("Hello", "A long body"));
        db.sqlLog().clear();
        Article found = articles.query().include(Article_.body).get(saved.id);
        assertEquals("A long body", found.body.get());
        assertEquals(
                "SELECT \"id\", \"title\", \"body\" FROM \"articles\" WHERE \"id\" = ?",
                db.sqlLog().statements().get(0));
    }

    @Test
    void anUpdateOfAnObjectReadWithoutItsDeferredFieldKeepsTheColumn() {
        Article saved = articles.insert(new Article("Hello", "A long body"));
        Article article = articles.get(saved.id);
        article.title = "Hello again";
        db.sqlLog().clear();
        articles.update(article);
        assertEquals(
                "UPDATE \"articles\" SET \"title\" = ? WHERE \"id\" = ?",
                db.sqlLog().statements().get(0));
        Article stored = articles.query().include(Article_.body).one();
        assertEquals("Hello again", stored.title);
        assertEquals("A long body", stored.body.get());
        stored.body = Deferred.of("Rewritten");
        articles.update(stored);
        assertEquals(
                "Rewritten", articles.query().include(Article_.body).one().body.get());
    }

    @Test
    void writingAnUnloadedValueAndIncludingAPlainFieldAreRefusedBeforeAnySql() {
        Article saved = articles.insert(new Article("Hello", "A long body"));
        Article article = articles.get(saved.id);
        article.id = null;
        db.sqlLog().clear();
        InvalidValueException thrown = assertThrows(InvalidValueException.class, () -> articles.insert(article));
        assertEquals(
                "Article.body was not loaded, so its value is unknown and cannot be written: read the object with"
                        + " include(Article_.body), or give the field a value with Deferred.of(...)",
                thrown.getMessage());
        MappingException plain =
                assertThrows(MappingException.class, () -> articles.query().include(Article_.title));
        assertEquals(
                "Article.title is not a Deferred field: only fields of type Deferred<...> are left out of queries"
                        + " and need include(...); Article's other fields are always read",
                plain.getMessage());
        assertEquals(0, db.sqlLog().count());
        assertEquals(1, articles.count());
    }

    @Test
    void aRecordWithDeferredBytesAndANullBody() {
        attachments.insert(new Attachment("a.bin", 3, Deferred.of(new byte[] {7, 8, 9})));
        Attachment plain = attachments.get("a.bin");
        assertFalse(plain.content().isLoaded());
        Attachment full = attachments.query().include(Attachment_.content).one();
        assertEquals(new Attachment("a.bin", 3, Deferred.of(new byte[] {7, 8, 9})), full);
        Article empty = new Article("Empty", null);
        empty.body = null;
        articles.insert(empty);
        Article read = articles.query().include(Article_.body).one();
        assertTrue(read.body.isLoaded());
        assertNull(read.body.get());
    }
}
