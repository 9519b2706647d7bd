package io.toasty.writes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.toasty.OnConflict;
import io.toasty.Repository;
import io.toasty.Toasty;
import io.toasty.query.Condition;
import io.toasty.spi.ModelAccessor;
import io.toasty.spi.WriteListener;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lifecycle hook methods on the model: called on each object written, before write listeners, never for set-based writes. */
@DatabaseTest
class HookAnnotationsTest {
    private final TestDatabase db;
    private final List<String> listened = new ArrayList<>();
    private final Toasty toasty;
    private final Repository<Journal> journals;

    /** A write listener beside the hooks: it sees what the before hook set, and the set-based writes. */
    final class Listener implements WriteListener {
        @Override
        public void beforeInsert(Class<?> model, List<?> objects) {
            objects.forEach(o -> listened.add("listener sees slug " + ((Journal) o).slug));
        }

        @Override
        public void beforeSetBasedDelete(Class<?> model, Condition<?> condition) {
            listened.add("set-based delete where " + condition);
        }
    }

    HookAnnotationsTest(TestDatabase db) {
        this.db = db;
        this.toasty = db.builder(Journal.class).writeListener(new Listener()).build();
        toasty.schema().create();
        this.journals = toasty.repository(Journal.class);
    }

    private String slugInDatabase(String title) {
        return journals.where(Journal_.title.eq(title)).one().slug;
    }

    @Test
    void insertRunsTheBeforeHookThenTheListenerThenTheAfterHook() {
        db.sqlLog().clear();
        Journal journal = journals.insert(new Journal("Field Notes"));
        assertEquals(1, db.sqlLog().count(), db.sqlLog().toString());
        assertEquals(List.of("slug", "inserted true"), journal.events);
        assertEquals(List.of("listener sees slug field-notes"), listened);
        assertEquals("field-notes", slugInDatabase("Field Notes"));
    }

    @Test
    void insertAllCallsTheHooksOfEveryObjectAndABeforeHookThatThrowsWritesNothing() {
        List<Journal> written = journals.insertAll(List.of(new Journal("A b"), new Journal("C d")));
        assertEquals(List.of("slug", "inserted true"), written.get(1).events);
        assertEquals("c-d", slugInDatabase("C d"));

        Journal first = new Journal("E f");
        db.sqlLog().clear();
        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> journals.insertAll(List.of(first, new Journal(" "), new Journal("G h"))));
        assertEquals("A journal needs a title", e.getMessage());
        assertEquals(0, db.sqlLog().count(), "nothing sent");
        assertEquals(List.of("slug"), first.events, "the hooks before it ran; no after hook");
        assertEquals(2, journals.count());
    }

    @Test
    void updateAndUpdateAllRunTheirHooksAndAreAtomic() {
        Journal one = journals.insert(new Journal("One"));
        Journal two = journals.insert(new Journal("Two"));
        one.title = "One More";
        journals.update(one);
        assertEquals(List.of("slug", "inserted true", "slug", "updated"), one.events);
        assertEquals("one-more", slugInDatabase("One More"));

        one.title = "Once Again";
        two.title = " ";
        db.sqlLog().clear();
        assertThrows(IllegalStateException.class, () -> journals.updateAll(List.of(one, two)));
        assertEquals(0, db.sqlLog().count(), "nothing sent");
        assertTrue(journals.where(Journal_.title.eq("One More")).exists(), "nothing written");
    }

    @Test
    void upsertRunsTheBeforeInsertHook() {
        journals.insert(new Journal("Same"));
        Journal again = new Journal("Same");
        again.slug = "stale";
        journals.upsert(again, OnConflict.on(Journal_.title).update(Journal_.slug));
        assertEquals(List.of("slug"), again.events, "no after hook: an upsert cannot tell insert from update");
        assertEquals("same", slugInDatabase("Same"));
        journals.upsertAll(
                List.of(new Journal("New One")), OnConflict.on(Journal_.title).updateAll());
        assertEquals("new-one", slugInDatabase("New One"));
        assertThrows(
                IllegalStateException.class,
                () -> journals.upsertAll(
                        List.of(new Journal("X y"), new Journal(" ")),
                        OnConflict.on(Journal_.title).ignore()));
        assertFalse(journals.where(Journal_.title.eq("X y")).exists());
    }

    @Test
    void deleteRunsItsHooksAndABeforeHookCanRefuseIt() {
        Journal gone = journals.insert(new Journal("Gone"));
        Journal keep = journals.insert(new Journal("Keep"));
        assertTrue(journals.delete(gone));
        assertEquals(List.of("slug", "inserted true", "deleting", "deleted"), gone.events);
        db.sqlLog().clear();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> journals.hardDelete(keep));
        assertEquals("Keep is kept", e.getMessage());
        assertEquals(0, db.sqlLog().count());
        assertTrue(journals.existsByKey(keep.id));
        assertFalse(journals.delete(gone), "no row: no after hook");
        assertEquals(List.of("slug", "inserted true", "deleting", "deleted", "deleting"), gone.events);
    }

    @Test
    void setBasedWritesRunNoModelHooksButTheListenersSeeThem() {
        Journal keep = journals.insert(new Journal("Keep"));
        assertEquals(1, journals.where(Journal_.id.eq(keep.id)).update(Journal_.title.set("Kept Here")));
        assertEquals("keep", slugInDatabase("Kept Here"), "the before-update hook did not run");
        journals.update(journals.get(keep.id));
        assertEquals("kept-here", slugInDatabase("Kept Here"), "an update of the object runs it");
        Journal another = journals.insert(new Journal("Keep"));
        assertEquals(1, journals.where(Journal_.title.eq("Keep")).delete(), "the before-delete hook would refuse");
        assertTrue(journals.deleteByKey(keep.id));
        assertEquals(0, journals.count());
        assertEquals(
                2,
                listened.stream().filter(l -> l.startsWith("set-based delete")).count(),
                listened.toString());
        assertFalse(another.events.contains("deleting"));
    }

    @Test
    void aBatchRunsTheHooksOfEachWriteAndAThrowingOneSendsNothing() {
        Journal old = journals.insert(new Journal("Old"));
        Journal fresh = new Journal("Fresh");
        old.title = "Old Again";
        toasty.batch(batch -> {
            batch.insert(fresh);
            batch.update(old);
        });
        assertEquals(List.of("slug", "inserted true"), fresh.events);
        assertEquals("old-again", slugInDatabase("Old Again"));
        Journal keep = journals.insert(new Journal("Keep"));
        db.sqlLog().clear();
        assertThrows(
                IllegalStateException.class,
                () -> toasty.batch(batch -> {
                    batch.insert(new Journal("Never"));
                    batch.delete(keep);
                }));
        assertEquals(0, db.sqlLog().count(), db.sqlLog().toString());
        assertFalse(journals.where(Journal_.title.eq("Never")).exists());
    }

    @Test
    void theGeneratedAccessorCallsTheHooksWithoutReflection() throws Exception {
        assertEquals(
                Journal_Accessor.class,
                Journal_Accessor.class
                        .getMethod("runHook", Journal.class, ModelAccessor.Hook.class)
                        .getDeclaringClass());
        Journal journal = new Journal("Direct Call");
        new Journal_Accessor().runHook(journal, ModelAccessor.Hook.BEFORE_INSERT);
        assertEquals("direct-call", journal.slug);
    }
}
