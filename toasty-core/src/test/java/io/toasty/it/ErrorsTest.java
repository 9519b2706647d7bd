package io.toasty.it;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.toasty.DeadlockException;
import io.toasty.DuplicateKeyException;
import io.toasty.ForeignKeyViolationException;
import io.toasty.InvalidValueException;
import io.toasty.Isolation;
import io.toasty.MappingException;
import io.toasty.Repository;
import io.toasty.SerializationFailureException;
import io.toasty.Toasty;
import io.toasty.ToastyException;
import io.toasty.TransactionOptions;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.TestDatabase;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@DatabaseTest
class ErrorsTest {
    private final TestDatabase db;
    private final Toasty toasty;
    private final Repository<Person> people;
    private final Repository<Account> accounts;
    private final Repository<Note> notes;
    private final Repository<Membership> memberships;
    private final Repository<Ledger> ledgers;
    private final Repository<Counter> counters;
    private final ExecutorService elsewhere = Executors.newCachedThreadPool();

    ErrorsTest(TestDatabase db) {
        this.db = db;
        this.toasty = db.toasty(Person.class, Account.class, Note.class, Membership.class, Ledger.class, Counter.class);
        this.people = toasty.repository(Person.class);
        this.accounts = toasty.repository(Account.class);
        this.notes = toasty.repository(Note.class);
        this.memberships = toasty.repository(Membership.class);
        this.ledgers = toasty.repository(Ledger.class);
        this.counters = toasty.repository(Counter.class);
    }

    @AfterEach
    void stopThreads() {
        elsewhere.shutdownNow();
    }

    private void sql(String... statements) throws SQLException {
        try (Connection connection = db.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static void assertDriverSuffix(String message, String... states) {
        for (String state : states) {
            if (message.endsWith("(SQLSTATE " + state + ")")) {
                return;
            }
        }
        throw new AssertionError(
                "expected the message to end with one of the SQLSTATEs " + List.of(states) + ": " + message);
    }

    // ---- constraints

    @Test
    void aDuplicateUniqueFieldNamesTheConstraintAndItsFields() {
        Person ada = people.insert(new Person("ada@example.com", "Ada", 36));
        DuplicateKeyException duplicate = assertThrows(
                DuplicateKeyException.class, () -> people.insert(new Person("ada@example.com", "Impostor", 1)));
        assertEquals("uk_people_email", duplicate.constraint());
        assertEquals(List.of("email"), duplicate.fields());
        assertEquals(
                "insert of Person broke unique constraint uk_people_email (Person.email): a row with the same"
                        + " email already exists",
                duplicate.getMessage());
        assertEquals(
                "23505",
                assertInstanceOf(SQLException.class, duplicate.getCause()).getSQLState());
        assertFalse(duplicate.isRetryable());

        Person grace = people.insert(new Person("grace@example.com", "Grace", 85));
        grace.email = ada.email;
        DuplicateKeyException byUpdate = assertThrows(DuplicateKeyException.class, () -> people.update(grace));
        assertEquals("uk_people_email", byUpdate.constraint());
        assertTrue(byUpdate.getMessage().startsWith("update of Person broke unique constraint uk_people_email"));
        assertEquals("grace@example.com", people.get(grace.id).email);
    }

    @Test
    void aDuplicatePrimaryKeyNamesThePrimaryKey() {
        accounts.insert(new Account("CH-1", BigDecimal.ONE));
        DuplicateKeyException duplicate =
                assertThrows(DuplicateKeyException.class, () -> accounts.insert(new Account("CH-1", BigDecimal.TEN)));
        assertEquals("pk_accounts", duplicate.constraint());
        assertEquals(List.of("number"), duplicate.fields());
        assertEquals(
                "insert of Account broke unique constraint pk_accounts (Account.number): a row with the same"
                        + " number already exists",
                duplicate.getMessage());
        assertEquals(0, BigDecimal.ONE.compareTo(accounts.get("CH-1").getBalance()));
    }

    @Test
    void aDuplicateOfACompositeUniqueIndexNamesAllItsFields() {
        memberships.insert(new Membership(1, 10, "owner", 1));
        DuplicateKeyException byIndex =
                assertThrows(DuplicateKeyException.class, () -> memberships.insert(new Membership(1, 11, "member", 1)));
        assertEquals("uk_memberships_group_id_rank", byIndex.constraint());
        assertEquals(List.of("groupId", "rank"), byIndex.fields());
        DuplicateKeyException byKey =
                assertThrows(DuplicateKeyException.class, () -> memberships.insert(new Membership(1, 10, "member", 2)));
        assertEquals("pk_memberships", byKey.constraint());
        assertEquals(List.of("groupId", "userId"), byKey.fields());
    }

    @Test
    void aForeignKeyViolationOnInsertAndOnDelete() throws SQLException {
        sql("ALTER TABLE \"ledgers\" ADD CONSTRAINT \"fk_ledgers_person\" FOREIGN KEY (\"person_id\")"
                + " REFERENCES \"people\" (\"id\")");
        Person ada = people.insert(new Person("ada@example.com", "Ada", 36));
        ledgers.insert(new Ledger(ada.id, "opening"));

        ForeignKeyViolationException missingParent = assertThrows(
                ForeignKeyViolationException.class, () -> ledgers.insert(new Ledger(ada.id + 1000, "orphan")));
        assertTrue(
                missingParent.getMessage().startsWith("insert of Ledger broke a foreign key: "),
                missingParent.getMessage());
        assertTrue(missingParent.getMessage().contains("fk_ledgers_person"), missingParent.getMessage());
        assertDriverSuffix(missingParent.getMessage(), "23503", "23506");

        ForeignKeyViolationException childExists =
                assertThrows(ForeignKeyViolationException.class, () -> people.deleteByKey(ada.id));
        assertTrue(
                childExists.getMessage().startsWith("deleteByKey of Person broke a foreign key: "),
                childExists.getMessage());
        assertTrue(childExists.getMessage().contains("fk_ledgers_person"), childExists.getMessage());
        assertDriverSuffix(childExists.getMessage(), "23503");
        assertTrue(people.existsByKey(ada.id));
        assertEquals(1, ledgers.count());
    }

    // ---- values refused before any SQL

    @Test
    void aNulCharacterIsRefusedBeforeAnySql() {
        Person ada = people.insert(new Person("ada@example.com", "Ada", 36));
        db.sqlLog().clear();
        InvalidValueException insert = assertThrows(
                InvalidValueException.class, () -> people.insert(new Person("nul\0@example.com", "Nul", 1)));
        assertEquals(
                "Person.email cannot store the value 'nul\\0@example.com': contains a NUL character (at index 3),"
                        + " which databases cannot store in text",
                insert.getMessage());
        ada.name = "A\0da";
        InvalidValueException update = assertThrows(InvalidValueException.class, () -> people.update(ada));
        assertEquals(
                "Person.name cannot store the value 'A\\0da': contains a NUL character (at index 1), which databases"
                        + " cannot store in text",
                update.getMessage());
        InvalidValueException query =
                assertThrows(InvalidValueException.class, () -> people.where(Person_.name.eq("A\0da"))
                        .list());
        assertEquals(
                "Person.name cannot be compared with the value 'A\\0da': contains a NUL character (at index 1),"
                        + " which databases cannot store in text",
                query.getMessage());
        assertEquals(0, db.sqlLog().count(), "nothing was sent:\n" + db.sqlLog());
        assertEquals(
                List.of("Ada"), people.query().list().stream().map(p -> p.name).toList());
    }

    @Test
    void anUnpairedSurrogateIsRefusedBeforeAnySql() {
        db.sqlLog().clear();
        InvalidValueException lone = assertThrows(
                InvalidValueException.class, () -> people.insert(new Person("x@example.com", "bad\uD800", 1)));
        assertEquals(
                "Person.name cannot store the value 'bad\uD800': contains an unpaired UTF-16 surrogate (at index 3),"
                        + " which is not valid Unicode",
                lone.getMessage());
        InvalidValueException reversed = assertThrows(
                InvalidValueException.class, () -> people.insert(new Person("x@example.com", "\uDE00\uD83D", 1)));
        assertTrue(reversed.getMessage().contains("unpaired UTF-16 surrogate (at index 0)"), reversed.getMessage());
        assertEquals(0, db.sqlLog().count(), "nothing was sent:\n" + db.sqlLog());
        assertEquals(0, people.count());

        String emoji = "\uD83D\uDE00";
        people.insert(new Person("smile@example.com", emoji, 1));
        assertEquals(emoji, people.where(Person_.email.eq("smile@example.com")).one().name, "a paired one is kept");
    }

    @Test
    void aStringLongerThanItsColumnIsRefusedBeforeAnySql() {
        db.sqlLog().clear();
        InvalidValueException tooLong =
                assertThrows(InvalidValueException.class, () -> notes.insert(new Note("title", "123456")));
        assertEquals(
                "Note.code cannot store the value '123456': is 6 characters long; the column holds at most 5",
                tooLong.getMessage());
        assertEquals(0, db.sqlLog().count(), "nothing was sent:\n" + db.sqlLog());
        assertEquals(0, notes.count());
    }

    @Test
    void aLengthIsCountedAsTheDatabaseCountsIt() {
        String fiveCodePoints = "\uD83D\uDE00bcde";
        if (db.isPostgres()) {
            notes.insert(new Note("title", fiveCodePoints));
            assertEquals(fiveCodePoints, notes.query().one().code(), "PostgreSQL counts code points");
        } else {
            // H2 counts UTF-16 code units: its varchar(5) cannot hold these six, so the check before SQL must say so
            db.sqlLog().clear();
            InvalidValueException tooLong =
                    assertThrows(InvalidValueException.class, () -> notes.insert(new Note("title", fiveCodePoints)));
            assertTrue(tooLong.getMessage().startsWith("Note.code cannot store the value"), tooLong.getMessage());
            assertEquals(0, db.sqlLog().count(), "nothing was sent:\n" + db.sqlLog());
        }
    }

    @Test
    void aDecimalTooPreciseOrTooLargeForItsColumnIsRefusedBeforeAnySql() {
        db.sqlLog().clear();
        InvalidValueException decimals = assertThrows(
                InvalidValueException.class, () -> accounts.insert(new Account("A", new BigDecimal("1.234"))));
        assertEquals(
                "Account.balance cannot store the value 1.234: has 3 decimal places; the column keeps 2 (round it"
                        + " first, choosing how)",
                decimals.getMessage());
        InvalidValueException digits = assertThrows(
                InvalidValueException.class, () -> accounts.insert(new Account("A", new BigDecimal("12345678901"))));
        assertEquals(
                "Account.balance cannot store the value 12345678901: has 11 digits before the point; the column"
                        + " (precision 12, scale 2) holds at most 10",
                digits.getMessage());
        InvalidValueException exponent = assertThrows(
                InvalidValueException.class, () -> accounts.insert(new Account("A", new BigDecimal("1E+10"))));
        assertTrue(exponent.getMessage().contains("has 11 digits before the point"), exponent.getMessage());
        assertEquals(0, db.sqlLog().count(), "nothing was sent:\n" + db.sqlLog());
        assertEquals(0, accounts.count());

        accounts.insert(new Account("B", new BigDecimal("9999999999.990")));
        assertEquals(new BigDecimal("9999999999.99"), accounts.get("B").getBalance(), "trailing zeros fit");
    }

    @Test
    void insertAllWithOneBadRowWritesNothing() {
        List<Person> batch = new ArrayList<>();
        for (int i = 0; i < 49; i++) {
            batch.add(new Person("p" + i + "@example.com", "P" + i, i));
        }
        batch.add(new Person("last@example.com", "bad\0", 49));
        db.sqlLog().clear();
        InvalidValueException bad = assertThrows(InvalidValueException.class, () -> people.insertAll(batch));
        assertTrue(bad.getMessage().startsWith("Person.name cannot store the value 'bad\\0'"), bad.getMessage());
        assertEquals(0, db.sqlLog().count(), "nothing was sent:\n" + db.sqlLog());
        assertEquals(0, people.count());
    }

    @Test
    void aDuplicateInsideInsertAllWritesNothing() {
        List<Person> batch = new ArrayList<>();
        for (int i = 0; i < 49; i++) {
            batch.add(new Person("p" + i + "@example.com", "P" + i, i));
        }
        batch.add(new Person("p0@example.com", "again", 49));
        DuplicateKeyException duplicate = assertThrows(DuplicateKeyException.class, () -> people.insertAll(batch));
        assertTrue(duplicate.getMessage().startsWith("insertAll of Person broke unique constraint uk_people_email"));
        assertEquals(0, people.count());
    }

    @Test
    @SuppressWarnings({"rawtypes", "unchecked"})
    void aValueOfTheWrongTypeIsRefused() {
        Repository raw = people;
        db.sqlLog().clear();
        InvalidValueException insert = assertThrows(InvalidValueException.class, () -> raw.insert("not a person"));
        assertEquals("insert of Person was given a java.lang.String", insert.getMessage());
        InvalidValueException update =
                assertThrows(InvalidValueException.class, () -> raw.update(new Account("A", BigDecimal.ONE)));
        assertEquals("update of Person was given a io.toasty.it.Account", update.getMessage());
        InvalidValueException insertAll = assertThrows(
                InvalidValueException.class, () -> raw.insertAll(List.of(new Person("ok@example.com", "Ok", 1), 42)));
        assertEquals("insertAll of Person was given a java.lang.Integer", insertAll.getMessage());
        InvalidValueException key = assertThrows(InvalidValueException.class, () -> people.find("one"));
        assertEquals(
                "Person.id cannot be compared with the value 'one': expected a Long but got a java.lang.String",
                key.getMessage());
        assertEquals(0, db.sqlLog().count(), "nothing was sent:\n" + db.sqlLog());
        assertEquals(0, people.count());
    }

    @Test
    void aClassThatIsNotAModelOfThisToastyHasNoRepository() {
        Toasty onlyPeople = Toasty.builder(db.dataSource()).models(Person.class).build();
        MappingException notRegistered = assertThrows(MappingException.class, () -> onlyPeople.repository(Note.class));
        assertEquals(
                "io.toasty.it.Note is not a model of this Toasty: add it with"
                        + " Toasty.builder(dataSource).models(Note.class, ...)",
                notRegistered.getMessage());
        MappingException notAModel = assertThrows(MappingException.class, () -> toasty.repository(String.class));
        assertEquals(
                "java.lang.String is not a model of this Toasty: add it with"
                        + " Toasty.builder(dataSource).models(String.class, ...)",
                notAModel.getMessage());
    }

    // ---- concurrency

    @Test
    void crossingSerializableTransactionsFailWithARetryableSerializationFailure() throws Exception {
        assumeTrue(
                db.isPostgres(),
                "H2 2.x lets both transactions of a write skew commit under SERIALIZABLE: it has no SSI, so there is"
                        + " no serialization failure to translate");
        counters.insertAll(List.of(new Counter("x", 0), new Counter("y", 0)));
        TransactionOptions serializable = TransactionOptions.defaults().isolation(Isolation.SERIALIZABLE);
        CountDownLatch secondRead = new CountDownLatch(1);
        CountDownLatch firstCommitted = new CountDownLatch(1);
        Future<Counter> second = elsewhere.submit(() -> toasty.transaction(serializable, tx -> {
            long total = counters.get("x").value + counters.get("y").value;
            secondRead.countDown();
            assertTrue(firstCommitted.await(10, SECONDS));
            return counters.update(new Counter("y", total + 1));
        }));
        toasty.useTransaction(serializable, tx -> {
            long total = counters.get("x").value + counters.get("y").value;
            assertTrue(secondRead.await(10, SECONDS));
            counters.update(new Counter("x", total + 1));
        });
        firstCommitted.countDown();
        ExecutionException failed = assertThrows(ExecutionException.class, () -> second.get(10, SECONDS));
        SerializationFailureException serialization =
                assertInstanceOf(SerializationFailureException.class, failed.getCause());
        assertTrue(serialization.isRetryable());
        assertTrue(
                serialization
                        .getMessage()
                        .contains(
                                " could not be serialized with a concurrent transaction; retry the" + " transaction: "),
                serialization.getMessage());
        assertDriverSuffix(serialization.getMessage(), "40001");
        assertEquals(1, counters.get("x").value);
        assertEquals(0, counters.get("y").value);
    }

    @Test
    void updatingARowAnotherTransactionChangedUnderRepeatableReadIsARetryableSerializationFailure() throws Exception {
        counters.insert(new Counter("c", 0));
        SerializationFailureException lostUpdate = assertThrows(
                SerializationFailureException.class,
                () -> toasty.useTransaction(TransactionOptions.defaults().isolation(Isolation.REPEATABLE_READ), tx -> {
                    long read = counters.get("c").value;
                    elsewhere
                            .submit(() -> counters.update(new Counter("c", 10)))
                            .get(10, SECONDS);
                    counters.update(new Counter("c", read + 1));
                }));
        assertTrue(lostUpdate.isRetryable());
        assertTrue(
                lostUpdate
                        .getMessage()
                        .startsWith("update of Counter could not be serialized with a concurrent"
                                + " transaction; retry the transaction: "),
                lostUpdate.getMessage());
        // PostgreSQL: 40001 "could not serialize access due to concurrent update"; H2: 90131 "Concurrent update"
        assertDriverSuffix(lostUpdate.getMessage(), "40001", "90131");
        assertEquals(10, counters.get("c").value, "the concurrent update was not lost");
    }

    @Test
    void aDeadlockFailsOneTransactionWithARetryableDeadlockException() throws Exception {
        counters.insertAll(List.of(new Counter("a", 0), new Counter("b", 0)));
        CountDownLatch aLocked = new CountDownLatch(1);
        CountDownLatch bLocked = new CountDownLatch(1);
        Future<String> first = elsewhere.submit(() -> toasty.transaction(tx -> {
            counters.update(new Counter("a", 1));
            aLocked.countDown();
            assertTrue(bLocked.await(10, SECONDS));
            counters.update(new Counter("b", 1));
            return "first";
        }));
        Future<String> second = elsewhere.submit(() -> toasty.transaction(tx -> {
            counters.update(new Counter("b", 2));
            bLocked.countDown();
            assertTrue(aLocked.await(10, SECONDS));
            counters.update(new Counter("a", 2));
            return "second";
        }));
        List<String> winners = new ArrayList<>();
        List<DeadlockException> victims = new ArrayList<>();
        for (Future<String> future : List.of(first, second)) {
            try {
                winners.add(future.get(20, SECONDS));
            } catch (ExecutionException e) {
                victims.add(assertInstanceOf(DeadlockException.class, e.getCause()));
            }
        }
        assertEquals(1, winners.size(), "one transaction won: " + winners + ", " + victims);
        assertEquals(1, victims.size(), "one transaction was the victim: " + victims);
        DeadlockException deadlock = victims.get(0);
        assertTrue(deadlock.isRetryable());
        assertTrue(
                deadlock.getMessage()
                        .startsWith("update of Counter was chosen as the victim of a deadlock; retry the"
                                + " transaction: "),
                deadlock.getMessage());
        long won = winners.get(0).equals("first") ? 1 : 2;
        assertEquals(won, counters.get("a").value);
        assertEquals(won, counters.get("b").value);
    }

    // ---- the schema changed behind Toasty's back

    @Test
    void aStatementOnADroppedTableNamesTheOperationTheModelAndTheSqlState() throws SQLException {
        people.insert(new Person("ada@example.com", "Ada", 36));
        sql("DROP TABLE \"people\"");
        ToastyException count = assertThrows(ToastyException.class, () -> people.count());
        assertEquals(ToastyException.class, count.getClass());
        String prefix = "count of Person failed on " + toasty.database() + ": ";
        assertTrue(count.getMessage().startsWith(prefix), count.getMessage());
        assertDriverSuffix(count.getMessage(), "42P01", "42S02");
        assertTrue(count.getMessage().contains("people"), count.getMessage());
        ToastyException find = assertThrows(ToastyException.class, () -> people.find(1L));
        assertTrue(find.getMessage().startsWith("find of Person failed on " + toasty.database() + ": "));
    }
}
