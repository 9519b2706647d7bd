package io.toasty.writes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.toasty.InvalidValueException;
import io.toasty.MappingException;
import io.toasty.OnConflict;
import io.toasty.Repository;
import io.toasty.Toasty;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** @CreatedAt and @UpdatedAt come from the database's clock on every kind of write, and are read back. */
@DatabaseTest
class TimestampsTest {
    private final TestDatabase db;
    private final Repository<Subscriber> subscribers;
    private final Repository<Ticket> tickets;

    TimestampsTest(TestDatabase db) {
        this.db = db;
        Toasty toasty = db.toasty(Subscriber.class, Ticket.class);
        this.subscribers = toasty.repository(Subscriber.class);
        this.tickets = toasty.repository(Ticket.class);
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void insertWritesTheDatabaseClockAndReadsItBackInOneStatement() {
        Subscriber ada = new Subscriber("ada@x", "Ada", 1);
        ada.createdAt = Instant.EPOCH;
        db.sqlLog().clear();
        subscribers.insert(ada);
        assertEquals(1, db.sqlLog().count(), db.sqlLog().toString());
        String sql = db.sqlLog().statements().get(0);
        assertTrue(sql.contains("VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"), sql);
        assertNotEquals(Instant.EPOCH, ada.createdAt, "the object's own value is ignored");
        assertEquals(ada.createdAt, ada.updatedAt);
        assertTrue(Duration.between(ada.createdAt, Instant.now()).abs().toMinutes() < 5, ada.createdAt::toString);
        Subscriber stored = subscribers.get(ada.id);
        assertEquals(ada.createdAt, stored.createdAt);
        assertEquals(ada.updatedAt, stored.updatedAt);
    }

    @Test
    void insertAllStampsEveryRow() {
        List<Subscriber> rows = subscribers.insertAll(
                List.of(new Subscriber("a@x", "A", 1), new Subscriber("b@x", "B", 2), new Subscriber("c@x", "C", 3)));
        for (Subscriber row : rows) {
            assertNotNull(row.createdAt);
            assertEquals(row.createdAt, subscribers.get(row.id).createdAt);
        }
    }

    @Test
    void updateMovesUpdatedAtAndKeepsCreatedAt() {
        Subscriber ada = subscribers.insert(new Subscriber("ada@x", "Ada", 1));
        Instant created = ada.createdAt;
        pause();
        ada.name = "Ada L";
        ada.createdAt = Instant.EPOCH;
        db.sqlLog().clear();
        subscribers.update(ada);
        assertEquals(1, db.sqlLog().count(), db.sqlLog().toString());
        assertTrue(ada.updatedAt.isAfter(created), ada.updatedAt + " after " + created);
        Subscriber stored = subscribers.get(ada.id);
        assertEquals(created, stored.createdAt, "an update never changes @CreatedAt");
        assertEquals(ada.updatedAt, stored.updatedAt);
    }

    @Test
    void updateAllStampsEachRowInOneBatch() {
        List<Subscriber> rows =
                subscribers.insertAll(List.of(new Subscriber("a@x", "A", 1), new Subscriber("b@x", "B", 2)));
        Instant created = rows.get(0).createdAt;
        pause();
        rows.forEach(row -> row.visits++);
        db.sqlLog().clear();
        subscribers.updateAll(rows);
        assertEquals(1, db.sqlLog().count(), db.sqlLog().toString());
        for (Subscriber row : rows) {
            assertTrue(row.updatedAt.isAfter(created));
            assertEquals(row.updatedAt, subscribers.get(row.id).updatedAt);
            assertEquals(2, row.version);
        }
    }

    @Test
    void aSetBasedUpdateStampsTheRowsItChangesAndRefusesToAssignAStamp() {
        Subscriber ada = subscribers.insert(new Subscriber("ada@x", "Ada", 1));
        Subscriber bob = subscribers.insert(new Subscriber("bob@x", "Bob", 1));
        pause();
        db.sqlLog().clear();
        assertEquals(1, subscribers.where(Subscriber_.name.eq("Ada")).update(Subscriber_.visits.set(9)));
        String sql = db.sqlLog().statements().get(0);
        assertTrue(sql.endsWith(" \"updated_at\" = CURRENT_TIMESTAMP WHERE \"name\" = ?"), sql);
        assertTrue(subscribers.get(ada.id).updatedAt.isAfter(ada.updatedAt));
        assertEquals(bob.updatedAt, subscribers.get(bob.id).updatedAt);
        assertEquals(ada.createdAt, subscribers.get(ada.id).createdAt);
        db.sqlLog().clear();
        InvalidValueException thrown = assertThrows(
                InvalidValueException.class,
                () -> subscribers.query().update(Subscriber_.createdAt.set(Instant.EPOCH)));
        assertEquals(
                "Subscriber.createdAt cannot be set by a set-based update: the database's clock sets it",
                thrown.getMessage());
        assertEquals(0, db.sqlLog().count());
    }

    @Test
    void upsertStampsTheNewRowAndMovesUpdatedAtOfTheExistingOne() {
        Subscriber first = subscribers.upsert(
                new Subscriber("a@x", "A", 1), OnConflict.on(Subscriber_.email).updateAll());
        assertNotNull(first.createdAt);
        assertEquals(first.createdAt, first.updatedAt);
        pause();
        Subscriber second = subscribers.upsert(
                new Subscriber("a@x", "A2", 2), OnConflict.on(Subscriber_.email).updateAll());
        assertEquals(first.createdAt, second.createdAt);
        assertTrue(second.updatedAt.isAfter(first.updatedAt));
    }

    @Test
    void aRecordGetsANewInstanceWithItsStamp() {
        Ticket ticket = tickets.insert(new Ticket(null, "Broken", null));
        assertNotNull(ticket.changedAt());
        pause();
        Ticket changed = tickets.update(ticket.withTitle("Fixed"));
        assertTrue(changed.changedAt().isAfter(ticket.changedAt()));
        assertEquals(changed, tickets.get(ticket.id()));
    }

    @Test
    void aStampThatCannotHoldATimeIsRefusedAtStartup() {
        MappingException thrown = assertThrows(MappingException.class, () -> db.toasty(BadStamp.class));
        assertEquals(
                "BadStamp.created is @CreatedAt but has type java.lang.String: use Instant, OffsetDateTime or"
                        + " LocalDateTime",
                thrown.getMessage());
    }
}
