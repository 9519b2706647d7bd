package io.toasty.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.toasty.DuplicateKeyException;
import io.toasty.Repository;
import io.toasty.Toasty;
import io.toasty.spi.StatementEvent;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** SQL logging through the platform logger ({@code io.toasty.sql}, java.util.logging by default) and listeners. */
@DatabaseTest
class ObservabilityTest {
    private final TestDatabase db;
    private final Logger sqlLogger = Logger.getLogger("io.toasty.sql");
    private final List<String> logged = new ArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord entry) {
            logged.add(entry.getMessage());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };
    private Level previous;

    ObservabilityTest(TestDatabase db) {
        this.db = db;
    }

    @BeforeEach
    void listen() {
        previous = sqlLogger.getLevel();
        sqlLogger.setLevel(Level.FINE);
        sqlLogger.addHandler(handler);
    }

    @AfterEach
    void stopListening() {
        sqlLogger.removeHandler(handler);
        sqlLogger.setLevel(previous);
    }

    @Test
    void everyStatementIsLoggedWithItsBindCountRowsAndDurationButNotItsValues() {
        Repository<Person> people = db.toasty(Person.class).repository(Person.class);
        logged.clear();
        people.insert(new Person("secret@example.com", "Secret", 1));
        people.where(Person_.name.eq("Secret")).list();
        assertEquals(2, logged.size(), logged.toString());
        String select = logged.get(1);
        assertTrue(
                select.matches("SELECT .* FROM \"people\" WHERE \"name\" = \\? \\[1 binds, 1 rows, [0-9.]+ ms\\]"),
                select);
        assertFalse(String.join("\n", logged).contains("secret@example.com"), "values stay out of the log");
    }

    @Test
    void bindValuesAppearWhenAskedFor() {
        List<StatementEvent> events = new ArrayList<>();
        Toasty toasty = Toasty.builder(db.dataSource())
                .models(Person.class)
                .logBindValues(true)
                .statementListener(events::add)
                .build();
        toasty.schema().create();
        Repository<Person> people = toasty.repository(Person.class);
        people.insert(new Person("ada@example.com", "Ada", null));
        logged.clear();
        events.clear();
        people.where(Person_.name.eq("Ada").and(Person_.age.isNull())).count();
        assertEquals(List.of("Ada"), events.get(0).binds());
        assertTrue(logged.get(0).contains("[1 binds [Ada], 1 rows"), logged.get(0));
    }

    @Test
    void aFailedStatementReachesListenersWithItsError() {
        Repository<Person> people = db.toasty(Person.class).repository(Person.class);
        people.insert(new Person("ada@example.com", "Ada", 1));
        db.sqlLog().clear();
        Executable duplicate = () -> people.insert(new Person("ada@example.com", "Ada again", 2));
        org.junit.jupiter.api.Assertions.assertThrows(DuplicateKeyException.class, duplicate);
        StatementEvent event = db.sqlLog().events().get(0);
        assertEquals(-1, event.rows());
        assertEquals("23505", event.failure().orElseThrow().getSQLState());
        assertTrue(logged.get(logged.size() - 1).contains("failed: 23505"), logged.toString());
    }

    @Test
    void aListenerThatThrowsDoesNotBreakTheStatement() {
        Toasty toasty = Toasty.builder(db.dataSource())
                .models(Person.class)
                .statementListener(event -> {
                    throw new IllegalStateException("listener bug");
                })
                .build();
        toasty.schema().create();
        assertEquals(0, toasty.repository(Person.class).count());
    }
}
