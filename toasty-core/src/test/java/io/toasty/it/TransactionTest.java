package io.toasty.it;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.toasty.DuplicateKeyException;
import io.toasty.Isolation;
import io.toasty.QueryTimeoutException;
import io.toasty.Repository;
import io.toasty.Savepoint;
import io.toasty.Toasty;
import io.toasty.TransactionException;
import io.toasty.TransactionOptions;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.TestDatabase;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@DatabaseTest
class TransactionTest {
    private static final String FAILED_TRANSACTION =
            "The transaction was rolled back, not committed: a statement in it failed (";
    private static final String FAILED_TRANSACTION_ADVICE = ") and its exception was caught. Run work that may fail"
            + " in a savepoint (transaction.savepoint(...) or a nested transaction)";

    private final TestDatabase db;
    private final Toasty toasty;
    private final Repository<Counter> counters;
    private final Repository<Person> people;
    private final ExecutorService elsewhere = Executors.newCachedThreadPool();

    TransactionTest(TestDatabase db) {
        this.db = db;
        this.toasty = db.toasty(Counter.class, Person.class);
        this.counters = toasty.repository(Counter.class);
        this.people = toasty.repository(Person.class);
    }

    @AfterEach
    void stopThreads() {
        elsewhere.shutdownNow();
    }

    private List<String> names() {
        return counters.query().list().stream().map(c -> c.name).sorted().toList();
    }

    private List<String> emails() {
        return people.query().list().stream().map(p -> p.email).sorted().toList();
    }

    private long value(String name) {
        return counters.get(name).value;
    }

    /** Runs {@code work} on another thread and waits for it: the way to act outside this thread's transaction. */
    private <R> R onAnotherThread(Callable<R> work) throws Exception {
        try {
            return elsewhere.submit(work).get(10, SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static Person person(String email) {
        return new Person(email, email.substring(0, email.indexOf('@')), null);
    }

    // ---- commit and rollback

    @Test
    void theWorkCommitsWhenItReturns() {
        String result = toasty.transaction(tx -> {
            counters.insert(new Counter("a", 1));
            counters.insert(new Counter("b", 2));
            return "done";
        });
        assertEquals("done", result);
        assertEquals(List.of("a", "b"), names());
    }

    @Test
    void theWorkRollsBackWhenItThrowsAndTheExceptionPropagates() {
        IllegalStateException boom = new IllegalStateException("boom");
        IllegalStateException thrown = assertThrows(
                IllegalStateException.class,
                () -> toasty.useTransaction(tx -> {
                    counters.insert(new Counter("a", 1));
                    counters.update(new Counter("a", 2));
                    throw boom;
                }));
        assertSame(boom, thrown);
        assertEquals(List.of(), names());
    }

    @Test
    void aCheckedExceptionPropagatesWithItsType() {
        IOException thrown = assertThrows(
                IOException.class,
                () -> toasty.transaction(tx -> {
                    counters.insert(new Counter("a", 1));
                    throw new IOException("disk full");
                }));
        assertEquals("disk full", thrown.getMessage());
        assertEquals(List.of(), names());
        IOException fromAction = assertThrows(
                IOException.class,
                () -> toasty.useTransaction(tx -> {
                    counters.insert(new Counter("b", 1));
                    throw new IOException("again");
                }));
        assertEquals("again", fromAction.getMessage());
        assertEquals(List.of(), names());
    }

    @Test
    void useTransactionCommits() {
        toasty.useTransaction(tx -> counters.insert(new Counter("a", 1)));
        toasty.useTransaction(TransactionOptions.defaults(), tx -> counters.update(new Counter("a", 5)));
        assertEquals(5, value("a"));
    }

    @Test
    void setRollbackOnlyRollsBackWithoutAnException() {
        String result = toasty.transaction(tx -> {
            counters.insert(new Counter("a", 1));
            assertFalse(tx.isRollbackOnly());
            tx.setRollbackOnly();
            assertTrue(tx.isRollbackOnly());
            counters.insert(new Counter("b", 1));
            return "returned";
        });
        assertEquals("returned", result);
        assertEquals(List.of(), names());
    }

    // ---- nested transactions and savepoints

    @Test
    void aNestedTransactionThatThrowsRollsBackOnlyItsOwnWrites() {
        toasty.useTransaction(tx -> {
            counters.insert(new Counter("outer-before", 1));
            IllegalStateException inner = assertThrows(
                    IllegalStateException.class,
                    () -> toasty.useTransaction(nested -> {
                        counters.insert(new Counter("inner", 1));
                        counters.update(new Counter("outer-before", 99));
                        throw new IllegalStateException("inner failed");
                    }));
            assertEquals("inner failed", inner.getMessage());
            assertFalse(tx.isRollbackOnly());
            toasty.useTransaction(nested -> counters.insert(new Counter("inner-kept", 1)));
            counters.insert(new Counter("outer-after", 1));
        });
        assertEquals(List.of("inner-kept", "outer-after", "outer-before"), names());
        assertEquals(1, value("outer-before"));
    }

    @Test
    void aSavepointScopeThatThrowsRollsBackOnlyItsOwnWrites() {
        toasty.useTransaction(tx -> {
            counters.insert(new Counter("outer-before", 1));
            assertThrows(
                    IllegalStateException.class,
                    () -> tx.savepoint(scope -> {
                        counters.insert(new Counter("scope", 1));
                        throw new IllegalStateException("scope failed");
                    }));
            String kept = tx.savepoint(scope -> {
                counters.insert(new Counter("scope-kept", 1));
                return "kept";
            });
            assertEquals("kept", kept);
            counters.insert(new Counter("outer-after", 1));
        });
        assertEquals(List.of("outer-after", "outer-before", "scope-kept"), names());
    }

    @Test
    void explicitSavepointsRollBackAndRelease() {
        Savepoint foreign = toasty.transaction(tx -> tx.savepoint());
        toasty.useTransaction(tx -> {
            counters.insert(new Counter("a", 1));
            Savepoint point = tx.savepoint();
            counters.insert(new Counter("b", 1));
            tx.rollbackTo(point);
            counters.insert(new Counter("c", 1));
            tx.rollbackTo(point);
            counters.insert(new Counter("d", 1));
            tx.release(point);
            TransactionException released = assertThrows(TransactionException.class, () -> tx.rollbackTo(point));
            assertEquals("Savepoint " + point.name() + " was already released", released.getMessage());
            TransactionException notOurs = assertThrows(TransactionException.class, () -> tx.rollbackTo(foreign));
            assertEquals("Savepoint " + foreign.name() + " does not belong to this transaction", notOurs.getMessage());
        });
        assertEquals(List.of("a", "d"), names(), "b and c were rolled back, the savepoint staying valid in between");
    }

    @Test
    void aRollbackToOrAReleaseOfASavepointEndsTheSavepointsSetAfterIt() {
        toasty.useTransaction(tx -> {
            Savepoint first = tx.savepoint();
            counters.insert(new Counter("a", 1));
            Savepoint second = tx.savepoint();
            Savepoint third = tx.savepoint();
            tx.rollbackTo(first);
            db.sqlLog().clear();
            TransactionException rolledBack = assertThrows(TransactionException.class, () -> tx.rollbackTo(second));
            assertEquals(
                    "Savepoint " + second.name() + " was rolled back: the transaction rolled back to Savepoint "
                            + first.name() + ", set before it",
                    rolledBack.getMessage());
            assertThrows(TransactionException.class, () -> tx.release(third));
            assertEquals(0, db.sqlLog().count(), "refused before any SQL:\n" + db.sqlLog());
            assertFalse(tx.isRollbackOnly());

            Savepoint fourth = tx.savepoint();
            counters.insert(new Counter("b", 1));
            tx.release(first);
            TransactionException released = assertThrows(TransactionException.class, () -> tx.rollbackTo(fourth));
            assertEquals(
                    "Savepoint " + fourth.name() + " was released with Savepoint " + first.name() + ", set before it",
                    released.getMessage());
            assertFalse(tx.isRollbackOnly());
            counters.insert(new Counter("c", 1));
        });
        assertEquals(List.of("b", "c"), names());
    }

    @Test
    void aFailedStatementInANestedTransactionRollsBackToItsSavepointAndTheOuterCommits() {
        toasty.useTransaction(tx -> {
            people.insert(person("ada@example.com"));
            DuplicateKeyException duplicate = assertThrows(
                    DuplicateKeyException.class,
                    () -> toasty.useTransaction(nested -> {
                        people.insert(person("grace@example.com"));
                        people.insert(person("ada@example.com"));
                    }));
            assertEquals("uk_people_email", duplicate.constraint());
            assertFalse(tx.isRollbackOnly(), "the savepoint undid the failed statement");
            // on PostgreSQL this statement would fail with "current transaction is aborted" had the savepoint not
            // been rolled back to
            people.insert(person("alan@example.com"));
        });
        assertEquals(List.of("ada@example.com", "alan@example.com"), emails());
    }

    @Test
    void aFailedStatementInASavepointScopeRollsBackToItAndTheOuterCommits() {
        toasty.useTransaction(tx -> {
            people.insert(person("ada@example.com"));
            assertThrows(
                    DuplicateKeyException.class,
                    () -> tx.savepoint(scope -> {
                        people.insert(person("grace@example.com"));
                        return people.insert(person("ada@example.com"));
                    }));
            people.insert(person("alan@example.com"));
        });
        assertEquals(List.of("ada@example.com", "alan@example.com"), emails());
    }

    @Test
    void aFailedStatementCaughtInsideASavepointScopeFailsTheScopeButNotTheTransaction() {
        toasty.useTransaction(tx -> {
            people.insert(person("ada@example.com"));
            TransactionException scope = assertThrows(
                    TransactionException.class,
                    () -> tx.savepoint(inner -> {
                        people.insert(person("grace@example.com"));
                        assertThrows(DuplicateKeyException.class, () -> people.insert(person("ada@example.com")));
                        return null;
                    }));
            assertTrue(
                    scope.getMessage().startsWith("A statement failed inside the savepoint scope ("),
                    scope.getMessage());
            assertTrue(
                    scope.getMessage()
                            .endsWith("SQLSTATE 23505) and its exception was caught; the scope's work was rolled back"),
                    scope.getMessage());
            assertInstanceOf(SQLException.class, scope.getCause());
            assertFalse(tx.isRollbackOnly());
            people.insert(person("alan@example.com"));
        });
        assertEquals(List.of("ada@example.com", "alan@example.com"), emails());
    }

    @Test
    void aFailedStatementCaughtWithoutASavepointRollsBackTheWholeTransaction() {
        TransactionException failed = assertThrows(
                TransactionException.class,
                () -> toasty.useTransaction(tx -> {
                    people.insert(person("ada@example.com"));
                    assertThrows(DuplicateKeyException.class, () -> people.insert(person("ada@example.com")));
                    assertTrue(tx.isRollbackOnly());
                    TransactionException noSavepoint = assertThrows(TransactionException.class, tx::savepoint);
                    assertTrue(
                            noSavepoint
                                    .getMessage()
                                    .startsWith("Cannot set a savepoint: a statement in this transaction"
                                            + " already failed ("),
                            noSavepoint.getMessage());
                    db.sqlLog().clear();
                    TransactionException refused = assertThrows(TransactionException.class, () -> people.count());
                    assertTrue(
                            refused.getMessage()
                                    .startsWith("count of Person was refused: an earlier statement in this"
                                            + " transaction failed ("),
                            refused.getMessage());
                    assertTrue(
                            refused.getMessage()
                                    .endsWith("SQLSTATE 23505), so the transaction can only roll back. Roll back"
                                            + " to a savepoint set before that statement to go on, or run work that may fail in a"
                                            + " savepoint (transaction.savepoint(...) or a nested transaction)"),
                            refused.getMessage());
                    assertEquals(0, db.sqlLog().count(), "refused before any SQL, on both databases:\n" + db.sqlLog());
                }));
        assertTrue(failed.getMessage().startsWith(FAILED_TRANSACTION), failed.getMessage());
        assertTrue(failed.getMessage().endsWith("SQLSTATE 23505" + FAILED_TRANSACTION_ADVICE), failed.getMessage());
        SQLException cause = assertInstanceOf(SQLException.class, failed.getCause());
        assertEquals("23505", cause.getSQLState());
        assertEquals(List.of(), emails(), "nothing was written, on H2 too");
    }

    @Test
    void rollingBackToASavepointAfterAFailureMakesTheTransactionUsableAgain() {
        toasty.useTransaction(tx -> {
            people.insert(person("ada@example.com"));
            Savepoint point = tx.savepoint();
            people.insert(person("grace@example.com"));
            assertThrows(DuplicateKeyException.class, () -> people.insert(person("ada@example.com")));
            assertTrue(tx.isRollbackOnly());
            tx.rollbackTo(point);
            assertFalse(tx.isRollbackOnly());
            people.insert(person("alan@example.com"));
            tx.release(point);
        });
        assertEquals(List.of("ada@example.com", "alan@example.com"), emails());
    }

    // ---- options

    @Test
    void repeatableReadKeepsTheFirstReadsSnapshot() throws Exception {
        counters.insert(new Counter("c", 1));
        List<Long> seen = toasty.transaction(TransactionOptions.defaults().isolation(Isolation.REPEATABLE_READ), tx -> {
            long first = value("c");
            onAnotherThread(() -> counters.update(new Counter("c", 2)));
            return List.of(first, value("c"));
        });
        assertEquals(List.of(1L, 1L), seen);
        assertEquals(2, value("c"));
    }

    @Test
    void readCommittedSeesWhatAnotherTransactionCommitted() throws Exception {
        counters.insert(new Counter("c", 1));
        List<Long> seen = toasty.transaction(TransactionOptions.defaults().isolation(Isolation.READ_COMMITTED), tx -> {
            long first = value("c");
            onAnotherThread(() -> counters.update(new Counter("c", 2)));
            return List.of(first, value("c"));
        });
        assertEquals(List.of(1L, 2L), seen);
    }

    @Test
    void aNestedTransactionCannotChangeTheIsolationLevel() {
        TransactionOptions readCommitted = TransactionOptions.defaults().isolation(Isolation.READ_COMMITTED);
        toasty.useTransaction(readCommitted, tx -> {
            counters.insert(new Counter("a", 1));
            TransactionException conflict = assertThrows(
                    TransactionException.class,
                    () -> toasty.useTransaction(
                            TransactionOptions.defaults().isolation(Isolation.SERIALIZABLE),
                            nested -> counters.insert(new Counter("refused", 1))));
            assertEquals(
                    "A nested transaction asked for isolation SERIALIZABLE, but it runs inside a transaction at"
                            + " READ_COMMITTED, which cannot change once it has begun",
                    conflict.getMessage());
            toasty.useTransaction(readCommitted, nested -> counters.insert(new Counter("same-level", 1)));
            toasty.useTransaction(nested -> counters.insert(new Counter("default-level", 1)));
        });
        assertEquals(List.of("a", "default-level", "same-level"), names());
    }

    @Test
    void aReadOnlyTransactionRefusesWritesBeforeAnySqlAndReads() {
        counters.insert(new Counter("c", 1));
        Counter existing = counters.get("c");
        db.sqlLog().clear();
        toasty.useTransaction(TransactionOptions.defaults().readOnly(true), tx -> {
            assertRefused("insert", () -> counters.insert(new Counter("d", 1)));
            assertRefused("insertAll", () -> counters.insertAll(List.of(new Counter("d", 1), new Counter("e", 1))));
            assertRefused("update", () -> counters.update(new Counter("c", 2)));
            assertRefused("delete", () -> counters.delete(existing));
            assertRefused("deleteByKey", () -> counters.deleteByKey("c"));
            assertRefused("update", () -> counters.where(Counter_.value.eq(1L)).update(Counter_.value.set(3L)));
            assertRefused("delete", () -> counters.query().delete());
            assertEquals(0, db.sqlLog().count(), "no statement was sent:\n" + db.sqlLog());
            assertFalse(tx.isRollbackOnly(), "a refused write sent nothing, so nothing failed");
            assertEquals(1, value("c"));
            assertEquals(1, counters.count());
        });
        assertEquals(1, value("c"));
        counters.insert(new Counter("after", 1));
        assertEquals(List.of("after", "c"), names(), "the connection is read-write again outside the transaction");
    }

    @Test
    void aReadOnlyNestedTransactionRefusesWritesWhileTheOuterMayWrite() {
        toasty.useTransaction(tx -> {
            toasty.useTransaction(TransactionOptions.defaults().readOnly(true), nested -> {
                assertRefused("insert", () -> counters.insert(new Counter("refused", 1)));
                assertEquals(0, counters.count());
            });
            counters.insert(new Counter("outer", 1));
        });
        assertEquals(List.of("outer"), names());
    }

    private static void assertRefused(String operation, Runnable write) {
        TransactionException refused = assertThrows(TransactionException.class, write::run);
        assertEquals(operation + " of Counter was refused: the transaction is read-only", refused.getMessage());
    }

    @Test
    void aStatementBlockedPastTheTimeoutIsCancelled() throws Exception {
        counters.insert(new Counter("hot", 0));
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<Object> holder = elsewhere.submit(() -> {
            toasty.useTransaction(tx -> {
                counters.update(new Counter("hot", 1));
                locked.countDown();
                assertTrue(release.await(30, SECONDS));
            });
            return null;
        });
        try {
            assertTrue(locked.await(10, SECONDS), "the other thread holds the row lock");
            long start = System.nanoTime();
            QueryTimeoutException timeout = assertThrows(
                    QueryTimeoutException.class,
                    () -> toasty.useTransaction(
                            TransactionOptions.defaults().timeout(Duration.ofSeconds(1)),
                            tx -> counters.update(new Counter("hot", 2))));
            Duration waited = Duration.ofNanos(System.nanoTime() - start);
            assertTrue(waited.compareTo(Duration.ofSeconds(5)) < 0, "cancelled after " + waited);
            assertTrue(waited.compareTo(Duration.ofMillis(900)) > 0, "cancelled after " + waited);
            assertTrue(
                    timeout.getMessage().startsWith("update of Counter was cancelled after its timeout: "),
                    timeout.getMessage());
        } finally {
            release.countDown();
            holder.get(10, SECONDS);
        }
        assertEquals(1, value("hot"));
    }

    @Test
    void aTransactionPastItsDeadlineRefusesTheNextStatement() throws Exception {
        TransactionOptions brief = TransactionOptions.defaults().timeout(Duration.ofMillis(300));
        QueryTimeoutException late = assertThrows(
                QueryTimeoutException.class,
                () -> toasty.useTransaction(brief, tx -> {
                    counters.insert(new Counter("early", 1));
                    Thread.sleep(400);
                    counters.insert(new Counter("late", 1));
                }));
        assertEquals("The transaction ran past its timeout of PT0.3S and is rolled back", late.getMessage());
        assertEquals(List.of(), names());

        TransactionException caught = assertThrows(
                TransactionException.class,
                () -> toasty.useTransaction(brief, tx -> {
                    counters.insert(new Counter("early", 1));
                    Thread.sleep(400);
                    assertThrows(QueryTimeoutException.class, () -> counters.insert(new Counter("late", 1)));
                }));
        assertEquals(FAILED_TRANSACTION + "the transaction timed out" + FAILED_TRANSACTION_ADVICE, caught.getMessage());
        assertEquals(List.of(), names());
    }

    // ---- threads

    @Test
    void outsideATransactionEachCallCommitsAtOnce() throws Exception {
        counters.insert(new Counter("a", 1));
        assertEquals(List.of("a"), onAnotherThread(this::names));
        counters.update(new Counter("a", 2));
        assertEquals(2L, onAnotherThread(() -> value("a")));
        counters.deleteByKey("a");
        assertEquals(0L, onAnotherThread(counters::count));
    }

    @Test
    void aTransactionBelongsToItsThread() throws Exception {
        toasty.useTransaction(tx -> {
            counters.insert(new Counter("inside", 1));
            List<String> seenElsewhere = onAnotherThread(() -> {
                counters.insert(new Counter("outside", 1));
                return names();
            });
            assertEquals(List.of("outside"), seenElsewhere, "the other thread does not see the uncommitted row");
            assertEquals(List.of("inside", "outside"), names());
            tx.setRollbackOnly();
        });
        assertEquals(List.of("outside"), names(), "the other thread's write committed on its own");
    }
}
