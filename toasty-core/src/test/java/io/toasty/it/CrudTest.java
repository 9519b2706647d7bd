package io.toasty.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.toasty.InvalidValueException;
import io.toasty.NotFoundException;
import io.toasty.OptimisticLockException;
import io.toasty.Repository;
import io.toasty.Toasty;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.TestDatabase;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@DatabaseTest
class CrudTest {
    private final TestDatabase db;
    private final Toasty toasty;
    private final Repository<Person> people;
    private final Repository<Note> notes;
    private final Repository<Membership> memberships;
    private final Repository<Account> accounts;

    CrudTest(TestDatabase db) {
        this.db = db;
        this.toasty = db.toasty(Person.class, Note.class, Membership.class, Account.class);
        this.people = toasty.repository(Person.class);
        this.notes = toasty.repository(Note.class);
        this.memberships = toasty.repository(Membership.class);
        this.accounts = toasty.repository(Account.class);
    }

    @Test
    void insertFillsTheIdentityKeyAndVersionIntoTheSameInstance() {
        Person ada = new Person("ada@example.com", "Ada", 36);
        db.sqlLog().clear();
        Person inserted = people.insert(ada);
        assertSame(ada, inserted);
        assertNotNull(ada.id);
        assertEquals(1, ada.version);
        assertEquals(1, db.sqlLog().count(), "one statement: " + db.sqlLog());
        String sql = db.sqlLog().statements().get(0);
        if (db.isPostgres()) {
            assertTrue(sql.endsWith(" RETURNING \"id\""), sql);
        }
        Person other = people.insert(new Person("alan@example.com", "Alan", 41));
        assertNotEquals(ada.id, other.id);
    }

    @Test
    void insertOfARecordReturnsANewInstanceWithAUuidV7Key() {
        Note draft = new Note("Hello", "H1");
        Note inserted = notes.insert(draft);
        assertNotSame(draft, inserted);
        assertEquals(7, inserted.id().version());
        assertEquals(2, inserted.id().variant());
        assertEquals(inserted, notes.get(inserted.id()));
        long millis = inserted.id().getMostSignificantBits() >>> 16;
        assertTrue(Math.abs(System.currentTimeMillis() - millis) < 60_000, "the key starts with the time: " + millis);
    }

    @Test
    void anExplicitUuidKeyIsKept() {
        UUID id = UUID.randomUUID();
        Note inserted = notes.insert(new Note(id, "Mine", null, null));
        assertEquals(id, inserted.id());
    }

    @Test
    void insertAllOfAHundredRowsIsOneStatementAndKeepsTheOrder() {
        List<Person> batch = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            batch.add(new Person("p" + i + "@example.com", "P" + i, i));
        }
        db.sqlLog().clear();
        List<Person> inserted = people.insertAll(batch);
        assertEquals(1, db.sqlLog().count(), "statements: " + db.sqlLog().count());
        assertEquals(100, inserted.size());
        for (int i = 0; i < 100; i++) {
            Person person = inserted.get(i);
            assertEquals("p" + i + "@example.com", people.get(person.id).email);
        }
        assertEquals(100, people.count());
    }

    @Test
    void insertAllBeyondTheBindLimitStillInsertsEverything() {
        List<Membership> many = new ArrayList<>();
        for (int i = 0; i < 14_000; i++) {
            many.add(new Membership(1, i, "member", i));
        }
        db.sqlLog().clear();
        memberships.insertAll(many);
        assertEquals(14_000, memberships.count());
        assertTrue(
                db.sqlLog().count() > 2,
                "more than one insert (5 binds per row) " + db.sqlLog().count());
    }

    @Test
    void insertAllOfNothingSendsNothing() {
        db.sqlLog().clear();
        assertEquals(List.of(), people.insertAll(List.of()));
        assertEquals(0, db.sqlLog().count());
    }

    @Test
    void findAndGetByKey() {
        Person ada = people.insert(new Person("ada@example.com", "Ada", null));
        Person found = people.find(ada.id).orElseThrow();
        assertEquals("Ada", found.name);
        assertEquals(null, found.age);
        assertEquals(Status.ACTIVE, found.status);
        assertEquals(Optional.empty(), people.find(ada.id + 1000));
        assertEquals("Ada", people.get(ada.id.intValue()).name, "an int key value for a Long key is widened");
        NotFoundException missing = assertThrows(NotFoundException.class, () -> people.get(-5L));
        assertEquals("No Person has the key -5", missing.getMessage());
        assertTrue(people.existsByKey(ada.id));
        assertFalse(people.existsByKey(-5L));
    }

    @Test
    void compositeKeys() {
        memberships.insert(new Membership(1, 10, "owner", 1));
        memberships.insert(new Membership(1, 11, "member", 2));
        memberships.insert(new Membership(2, 10, "member", 1));
        assertEquals("owner", memberships.get(1L, 10L).role());
        assertEquals("member", memberships.get(2, 10).role());
        assertTrue(memberships.find(2L, 11L).isEmpty());
        InvalidValueException arity = assertThrows(InvalidValueException.class, () -> memberships.find(1L));
        assertEquals(
                "Membership has a key of 2 field(s) [groupId, userId], but 1 value(s) were given: 1",
                arity.getMessage());

        Membership updated = memberships.update(memberships.get(1L, 10L).withRole("admin"));
        assertEquals("admin", memberships.get(1L, 10L).role());
        assertEquals(2, updated.version());
        assertTrue(memberships.deleteByKey(1L, 11L));
        assertFalse(memberships.deleteByKey(1L, 11L));
        assertEquals(2, memberships.count());
    }

    @Test
    void updateWritesEveryFieldAndIncrementsTheVersion() {
        Person ada = people.insert(new Person("ada@example.com", "Ada", 36));
        ada.name = "Ada Lovelace";
        ada.age = null;
        ada.status = Status.SUSPENDED;
        Person updated = people.update(ada);
        assertSame(ada, updated);
        assertEquals(2, ada.version);
        Person read = people.get(ada.id);
        assertEquals("Ada Lovelace", read.name);
        assertEquals(null, read.age);
        assertEquals(Status.SUSPENDED, read.status);
        assertEquals(2, read.version);
    }

    @Test
    void aStaleVersionFailsWithAnOptimisticLockAndWritesNothing() {
        Person ada = people.insert(new Person("ada@example.com", "Ada", 36));
        Person copy = people.get(ada.id);
        ada.name = "first writer";
        people.update(ada);
        copy.name = "second writer";
        OptimisticLockException stale = assertThrows(OptimisticLockException.class, () -> people.update(copy));
        assertEquals(
                "update of Person " + ada.id + " failed: the row was changed since this object was read (its version"
                        + " is no longer 1); read it again and reapply the change",
                stale.getMessage());
        assertEquals("first writer", people.get(ada.id).name);
        assertThrows(OptimisticLockException.class, () -> people.delete(copy));
        assertTrue(people.existsByKey(ada.id));
    }

    @Test
    void updateOfAMissingRowIsNotFound() {
        Person ghost = people.insert(new Person("ghost@example.com", "Ghost", 1));
        people.deleteByKey(ghost.id);
        NotFoundException missing = assertThrows(NotFoundException.class, () -> people.update(ghost));
        assertEquals("update of Person " + ghost.id + " failed: no row has that key", missing.getMessage());
        Account nobody = new Account("NOPE", BigDecimal.ONE);
        assertThrows(NotFoundException.class, () -> accounts.update(nobody));
    }

    @Test
    void updateAllIsOneBatchThatIncrementsEveryVersion() {
        List<Person> batch = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            batch.add(new Person("u" + i + "@example.com", "U" + i, i));
        }
        List<Person> inserted = people.insertAll(batch);
        inserted.forEach(person -> person.score = 7);
        db.sqlLog().clear();
        List<Person> updated = people.updateAll(inserted);
        assertEquals(1, db.sqlLog().count(), "one batch: " + db.sqlLog().statements());
        assertEquals(50, db.sqlLog().events().get(0).rows());
        assertEquals(inserted, updated);
        for (Person person : inserted) {
            assertEquals(2, person.version);
            Person read = people.get(person.id);
            assertEquals(7, read.score);
            assertEquals(2, read.version);
        }
        db.sqlLog().clear();
        assertEquals(List.of(), people.updateAll(List.of()));
        assertEquals(0, db.sqlLog().count());
    }

    @Test
    void updateAllOfRecordsReturnsNewInstances() {
        memberships.insertAll(List.of(new Membership(1, 10, "owner", 1), new Membership(1, 11, "member", 2)));
        List<Membership> read = List.of(memberships.get(1L, 10L), memberships.get(1L, 11L));
        List<Membership> updated = memberships.updateAll(
                read.stream().map(m -> m.withRole("admin")).toList());
        assertEquals(List.of(2, 2), updated.stream().map(Membership::version).toList());
        assertEquals("admin", memberships.get(1L, 11L).role());
    }

    @Test
    void updateAllWithAStaleObjectUndoesTheWholeBatch() {
        Person ada = people.insert(new Person("ada@example.com", "Ada", 36));
        Person alan = people.insert(new Person("alan@example.com", "Alan", 41));
        Person staleAlan = people.get(alan.id);
        people.update(alan);
        ada.name = "changed";
        staleAlan.name = "changed";
        OptimisticLockException stale =
                assertThrows(OptimisticLockException.class, () -> people.updateAll(List.of(ada, staleAlan)));
        assertEquals(
                "updateAll of Person " + alan.id + " failed: the row was changed since this object was read (its"
                        + " version is no longer 1); read it again and reapply the change",
                stale.getMessage());
        assertEquals("Ada", people.get(ada.id).name, "the update before the stale one was rolled back");

        toasty.useTransaction(tx -> {
            assertThrows(OptimisticLockException.class, () -> people.updateAll(List.of(ada, staleAlan)));
            assertEquals("Ada", people.get(ada.id).name, "rolled back to the savepoint before the batch");
            people.insert(new Person("grace@example.com", "Grace", 45));
        });
        assertEquals(3, people.count(), "the transaction went on and committed");
    }

    @Test
    void updateAllOfAMissingRowIsNotFound() {
        Person ghost = people.insert(new Person("ghost@example.com", "Ghost", 1));
        people.deleteByKey(ghost.id);
        NotFoundException missing = assertThrows(NotFoundException.class, () -> people.updateAll(List.of(ghost)));
        assertEquals("updateAll of Person " + ghost.id + " failed: no row has that key", missing.getMessage());
    }

    @Test
    void deleteOfAnObjectAndByKey() {
        Person ada = people.insert(new Person("ada@example.com", "Ada", 36));
        Person alan = people.insert(new Person("alan@example.com", "Alan", 41));
        assertTrue(people.delete(ada));
        assertFalse(people.delete(ada), "already gone");
        assertTrue(people.deleteByKey(alan.id));
        assertEquals(0, people.count());
    }

    @Test
    void gettersAndSettersAndAStringKey() {
        accounts.insert(new Account("CH-1", new BigDecimal("10.50")));
        Account account = accounts.get("CH-1");
        assertEquals(0, new BigDecimal("10.50").compareTo(account.getBalance()));
        account.setBalance(new BigDecimal("99.99"));
        account.setFrozen(true);
        accounts.update(account);
        Account read = accounts.get("CH-1");
        assertEquals(new BigDecimal("99.99"), read.getBalance());
        assertTrue(read.isFrozen());
    }

    @Test
    void aNullKeyIsRefusedBeforeAnySql() {
        db.sqlLog().clear();
        InvalidValueException nullKey =
                assertThrows(InvalidValueException.class, () -> accounts.insert(new Account(null, BigDecimal.ONE)));
        assertEquals("Account.number is null, but it is part of the key: set a value", nullKey.getMessage());
        InvalidValueException nullFind = assertThrows(InvalidValueException.class, () -> people.find((Object) null));
        assertEquals("Person key id is null: a key value is needed", nullFind.getMessage());
        assertEquals(0, db.sqlLog().count());
    }
}
