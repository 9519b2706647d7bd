package io.toasty.writes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.toasty.BatchResult;
import io.toasty.InvalidValueException;
import io.toasty.OptimisticLockException;
import io.toasty.Repository;
import io.toasty.Toasty;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Different writes of different models, all or nothing, in one round trip on PostgreSQL. */
@DatabaseTest
class BatchTest {
    private final TestDatabase db;
    private final Toasty toasty;
    private final Repository<Subscriber> subscribers;
    private final Repository<Setting> settings;
    private final Repository<Ticket> tickets;

    BatchTest(TestDatabase db) {
        this.db = db;
        this.toasty = db.toasty(Subscriber.class, Setting.class, Ticket.class);
        this.subscribers = toasty.repository(Subscriber.class);
        this.settings = toasty.repository(Setting.class);
        this.tickets = toasty.repository(Ticket.class);
    }

    @Test
    void anInsertAnUpdateAndADeleteRunTogether() {
        Subscriber ada = subscribers.insert(new Subscriber("ada@x", "Ada", 1));
        Setting theme = settings.insert(new Setting("theme", "ui", "Theme", "dark"));
        ada.visits = 2;
        Subscriber bob = new Subscriber("bob@x", "Bob", 0);
        db.sqlLog().clear();
        BatchResult result = toasty.batch(batch -> {
            batch.insert(bob);
            batch.update(ada);
            batch.delete(theme);
            batch.insert(new Ticket(null, "New", null));
        });
        assertEquals(db.isPostgres() ? 1 : 4, db.sqlLog().count(), db.sqlLog().toString());
        assertEquals(4, result.size());
        assertNotNull(bob.id, "the inserted object gets its key");
        assertEquals(1, bob.version);
        assertNotNull(bob.createdAt);
        assertEquals(2, result.get(1, Subscriber.class).version);
        assertNotNull(ada.updatedAt);
        assertEquals(ada.updatedAt, subscribers.get(ada.id).updatedAt);
        assertTrue(result.get(2, Boolean.class));
        Ticket ticket = result.get(3, Ticket.class);
        assertNotNull(ticket.id());
        assertEquals(ticket, tickets.get(ticket.id()));
        assertEquals(2, subscribers.count());
        assertEquals(0, settings.count());
    }

    @Test
    void aStaleVersionUndoesTheWholeBatch() {
        Subscriber ada = subscribers.insert(new Subscriber("ada@x", "Ada", 1));
        Subscriber stale = subscribers.get(ada.id);
        subscribers.update(ada);
        Setting theme = settings.insert(new Setting("theme", "ui", "Theme", "dark"));
        OptimisticLockException thrown = assertThrows(
                OptimisticLockException.class,
                () -> toasty.batch(batch -> {
                    batch.insert(new Subscriber("bob@x", "Bob", 0));
                    batch.delete(theme);
                    batch.update(stale);
                }));
        assertTrue(
                thrown.getMessage().startsWith("batch update of Subscriber " + ada.id + " failed"), thrown::getMessage);
        assertEquals(1, subscribers.count(), "the insert was undone");
        assertEquals(1, settings.count(), "the delete was undone");
    }

    @Test
    void insideATransactionAFailedBatchRollsBackToItsSavepointOnly() {
        Subscriber ada = subscribers.insert(new Subscriber("ada@x", "Ada", 1));
        Subscriber stale = subscribers.get(ada.id);
        subscribers.update(ada);
        toasty.useTransaction(tx -> {
            settings.insert(new Setting("kept", "ui", "Kept", "yes"));
            assertThrows(
                    OptimisticLockException.class,
                    () -> toasty.batch(batch -> {
                        batch.insert(new Setting("undone", "ui", "Undone", "no"));
                        batch.update(stale);
                    }));
            settings.insert(new Setting("after", "ui", "After", "yes"));
        });
        assertEquals(
                List.of("after", "kept"),
                settings.query().orderBy(Setting_.name.asc()).list().stream()
                        .map(Setting::name)
                        .toList());
    }

    @Test
    void badInputAnywhereIsRefusedBeforeAnySql() {
        Setting theme = settings.insert(new Setting("theme", "ui", "Theme", "dark"));
        db.sqlLog().clear();
        InvalidValueException thrown = assertThrows(
                InvalidValueException.class,
                () -> toasty.batch(batch -> {
                    batch.delete(theme);
                    batch.insert(new Subscriber(null, "Nobody", 0));
                }));
        assertTrue(thrown.getMessage().startsWith("Subscriber.email is null"), thrown::getMessage);
        InvalidValueException empty =
                assertThrows(InvalidValueException.class, () -> toasty.batch(batch -> batch.update(null)));
        assertEquals("batch update was given null (write 0)", empty.getMessage());
        assertEquals(0, db.sqlLog().count());
        assertEquals(1, settings.count());
        db.sqlLog().clear();
        assertEquals(0, toasty.batch(batch -> {}).size());
        assertEquals(0, db.sqlLog().count(), "an empty batch sends nothing");
    }

    @Test
    void onPostgresqlTheStatementsTravelAsOneText() {
        Setting theme = settings.insert(new Setting("theme", "ui", "Theme", "dark"));
        db.sqlLog().clear();
        toasty.batch(batch -> {
            batch.insert(new Subscriber("bob@x", "Bob", 0));
            batch.delete(theme);
        });
        List<String> statements = db.sqlLog().statements();
        if (db.isPostgres()) {
            assertEquals(
                    List.of("INSERT INTO \"subscribers\" (\"id\", \"email\", \"name\", \"visits\", \"version\","
                            + " \"created_at\", \"updated_at\") VALUES (DEFAULT, ?, ?, ?, ?, CURRENT_TIMESTAMP,"
                            + " CURRENT_TIMESTAMP) RETURNING \"id\", \"created_at\", \"updated_at\";\n"
                            + "DELETE FROM \"settings\" WHERE \"name\" = ?"),
                    statements);
        } else {
            assertEquals(2, statements.size(), statements.toString());
        }
        assertFalse(settings.existsByKey("theme"));
    }
}
