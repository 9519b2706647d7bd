package io.toasty.writes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.toasty.OnConflict;
import io.toasty.Repository;
import io.toasty.Toasty;
import io.toasty.query.Condition;
import io.toasty.spi.WriteListener;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Lifecycle hooks before and after every kind of write, told the objects or the condition and the count. */
@DatabaseTest
class HooksTest {
    private final TestDatabase db;
    private final List<String> events = new ArrayList<>();
    private final Repository<Subscriber> subscribers;

    /** Records what each hook is told; refuses to delete a subscriber named "Keep". */
    final class AuditHooks implements WriteListener {
        @Override
        public void beforeInsert(Class<?> model, List<?> objects) {
            events.add("before insert " + objects);
        }

        @Override
        public void afterInsert(Class<?> model, List<?> objects) {
            events.add("after insert " + objects);
        }

        @Override
        public void afterUpdate(Class<?> model, List<?> objects) {
            events.add("after update " + objects);
        }

        @Override
        public void afterUpsert(Class<?> model, List<?> rows) {
            events.add("after upsert " + rows);
        }

        @Override
        public void beforeSetBasedUpdate(Class<?> model, Condition<?> condition, Map<String, Object> values) {
            events.add("before update where " + condition + " set " + values);
        }

        @Override
        public void afterSetBasedUpdate(Class<?> model, Condition<?> condition, long count) {
            events.add("after update where " + condition + ": " + count);
        }

        @Override
        public void beforeDelete(Class<?> model, List<?> objects) {
            for (Object object : objects) {
                if ("Keep".equals(((Subscriber) object).name)) {
                    throw new IllegalStateException("Keep is kept");
                }
            }
            events.add("before delete " + objects);
        }

        @Override
        public void afterDelete(Class<?> model, List<?> objects) {
            events.add("after delete " + objects);
        }

        @Override
        public void beforeSetBasedDelete(Class<?> model, Condition<?> condition) {
            events.add("before delete where " + condition);
        }

        @Override
        public void afterSetBasedDelete(Class<?> model, Condition<?> condition, long count) {
            events.add("after delete where " + condition + ": " + count);
        }
    }

    HooksTest(TestDatabase db) {
        this.db = db;
        Toasty toasty =
                db.builder(Subscriber.class).writeListener(new AuditHooks()).build();
        toasty.schema().create();
        this.subscribers = toasty.repository(Subscriber.class);
    }

    @Test
    void insertHooksSeeTheObjectsBeforeAndWithTheirKeysAfter() {
        subscribers.insertAll(List.of(new Subscriber("a@x", "A", 1), new Subscriber("b@x", "B", 2)));
        assertEquals(2, events.size());
        assertEquals("before insert [Subscriber{null, a@x, A, 1, v0}, Subscriber{null, b@x, B, 2, v0}]", events.get(0));
        Subscriber a = subscribers.where(Subscriber_.email.eq("a@x")).one();
        Subscriber b = subscribers.where(Subscriber_.email.eq("b@x")).one();
        assertEquals("after insert [" + a + ", " + b + "]", events.get(1));
    }

    @Test
    void updateAndUpsertHooksSeeTheWrittenObjects() {
        Subscriber a = subscribers.insert(new Subscriber("a@x", "A", 1));
        events.clear();
        a.visits = 5;
        subscribers.update(a);
        subscribers.updateAll(List.of(a));
        Subscriber row = subscribers.upsert(
                new Subscriber("a@x", "A2", 9), OnConflict.on(Subscriber_.email).update(Subscriber_.name));
        assertEquals(
                List.of(
                        "after update [Subscriber{" + a.id + ", a@x, A, 5, v2}]",
                        "after update [Subscriber{" + a.id + ", a@x, A, 5, v3}]",
                        "before insert [Subscriber{null, a@x, A2, 9, v0}]",
                        "after upsert [" + row + "]"),
                events);
    }

    @Test
    void setBasedHooksAreToldTheConditionAndTheCount() {
        subscribers.insertAll(List.of(new Subscriber("a@x", "A", 1), new Subscriber("b@x", "B", 2)));
        events.clear();
        subscribers.where(Subscriber_.visits.ge(1)).update(Subscriber_.name.set("Z"));
        subscribers.where(Subscriber_.visits.eq(2)).delete();
        assertEquals(
                List.of(
                        "before update where " + Subscriber_.visits.ge(1) + " set {name=Z}",
                        "after update where " + Subscriber_.visits.ge(1) + ": 2",
                        "before delete where " + Subscriber_.visits.eq(2),
                        "after delete where " + Subscriber_.visits.eq(2) + ": 1"),
                events);
    }

    @Test
    void deleteHooksSeeTheObjectAndABeforeHookThatThrowsDeletesNothing() {
        Subscriber keep = subscribers.insert(new Subscriber("k@x", "Keep", 1));
        Subscriber go = subscribers.insert(new Subscriber("g@x", "Go", 1));
        events.clear();
        db.sqlLog().clear();
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> subscribers.delete(keep));
        assertEquals("Keep is kept", thrown.getMessage());
        assertEquals(0, db.sqlLog().count(), "nothing was sent");
        assertEquals(2, subscribers.count());
        subscribers.delete(go);
        subscribers.deleteByKey(go.id);
        assertEquals(
                List.of(
                        "before delete [" + go + "]",
                        "after delete [" + go + "]",
                        "before delete where " + Subscriber_.id.eq(go.id),
                        "after delete where " + Subscriber_.id.eq(go.id) + ": 0"),
                events);
    }
}
