package io.toasty.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.toasty.Repository;
import io.toasty.Toasty;
import io.toasty.spi.WriteListener;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.TestDatabase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Write listeners see every write before its SQL, all objects at once, and can refuse it with nothing sent. */
@DatabaseTest
class WriteListenerTest {
    private final TestDatabase db;
    private final List<String> seen = new ArrayList<>();
    private final Repository<Person> people;

    WriteListenerTest(TestDatabase db) {
        this.db = db;
        Toasty toasty = Toasty.builder(db.dataSource())
                .models(Person.class)
                .statementListener(db.sqlLog())
                .writeListener(new WriteListener() {
                    @Override
                    public void beforeInsert(Class<?> model, List<?> objects) {
                        seen.add("insert " + model.getSimpleName() + " x" + objects.size());
                        for (Object object : objects) {
                            if (((Person) object).name.isBlank()) {
                                throw new IllegalArgumentException("a blank name");
                            }
                        }
                    }

                    @Override
                    public void beforeUpdate(Class<?> model, Object object) {
                        seen.add("update " + ((Person) object).name);
                    }

                    @Override
                    public void beforeSetBasedUpdate(Class<?> model, Map<String, Object> values) {
                        seen.add("set " + new java.util.TreeMap<>(values));
                    }
                })
                .build();
        toasty.schema().create();
        this.people = toasty.repository(Person.class);
    }

    @Test
    void everyWriteIsSeenOnceWithAllItsObjects() {
        people.insertAll(List.of(new Person("a@x", "A", 1), new Person("b@x", "B", 2)));
        Person a = people.where(Person_.name.eq("A")).one();
        people.update(a);
        people.query().update(List.of(Person_.score.set(Person_.score.plus(1)), Person_.age.set((Integer) null)));
        Map<String, Object> expected = new HashMap<>();
        expected.put("age", null);
        assertEquals(List.of("insert Person x2", "update A", "set " + expected), seen);
    }

    @Test
    void aRefusedWriteSendsNothing() {
        db.sqlLog().clear();
        IllegalArgumentException thrown = assertThrows(
                IllegalArgumentException.class,
                () -> people.insertAll(List.of(new Person("a@x", "A", 1), new Person("b@x", " ", 2))));
        assertEquals("a blank name", thrown.getMessage());
        assertEquals(0, db.sqlLog().count());
        assertEquals(0, people.count());
    }
}
