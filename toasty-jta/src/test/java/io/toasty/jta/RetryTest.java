package io.toasty.jta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.toasty.DeadlockException;
import io.toasty.Repository;
import io.toasty.SerializationFailureException;
import io.toasty.Toasty;
import io.toasty.TransactionException;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.TestDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code @RetryOnConflict}: what it retries, how often, and where it refuses to. */
@DatabaseTest
class RetryTest {
    private final EntryScenario scenario;
    private final Repository<Entry> entries;
    private final JtaDatabase jta;
    private final Worker worker;

    RetryTest(TestDatabase db) throws Exception {
        this.scenario = new EntryScenario(db, Worker.class, Caller.class);
        this.entries = scenario.entries();
        this.jta = scenario.jta();
        this.worker = scenario.bean(Worker.class);
    }

    @AfterEach
    void close() throws Exception {
        scenario.close();
    }

    private List<String> names() {
        return scenario.names();
    }

    static SerializationFailureException serializationFailure(int run) {
        return new SerializationFailureException(
                "conflict " + run, new SQLException("could not serialize access", "40001"));
    }

    @ApplicationScoped
    static class Worker {
        @Inject
        Toasty toasty;

        private final AtomicInteger runs = new AtomicInteger();

        int runs() {
            return runs.get();
        }

        /** Writes, then fails with a conflict on its first {@code failures} runs. */
        @Transactional
        @RetryOnConflict(attempts = 3, backoffMillis = 1)
        void conflictsAtFirst(int failures) {
            int run = runs.incrementAndGet();
            toasty.repository(Entry.class).insert(new Entry("run " + run));
            if (run <= failures) {
                throw run % 2 == 0
                        ? new DeadlockException("deadlock " + run, new SQLException("deadlock", "40P01"))
                        : serializationFailure(run);
            }
        }

        @Transactional
        @RetryOnConflict(attempts = 3, backoffMillis = 1)
        void failsOtherwise() {
            runs.incrementAndGet();
            throw new IllegalStateException("not a conflict");
        }

        @Transactional
        @RetryOnConflict
        void joins() {
            runs.incrementAndGet();
        }

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        @RetryOnConflict(attempts = 2, backoffMillis = 1)
        void ownTransactionConflictingOnce() {
            int run = runs.incrementAndGet();
            toasty.repository(Entry.class).insert(new Entry("own " + run));
            if (run == 1) {
                throw serializationFailure(run);
            }
        }

        @RetryOnConflict(attempts = 0)
        void misconfigured() {}
    }

    @ApplicationScoped
    static class Caller {
        @Inject
        Worker worker;

        @Inject
        Toasty toasty;

        @Transactional
        void callJoining() {
            worker.joins();
        }

        @Transactional
        void callOwnTransaction() {
            toasty.repository(Entry.class).insert(new Entry("caller"));
            worker.ownTransactionConflictingOnce();
        }
    }

    @Test
    void aConflictIsRetriedInANewTransactionUntilItSucceeds() {
        worker.conflictsAtFirst(2);
        assertEquals(3, worker.runs());
        assertEquals(List.of("run 3"), names(), "the failed attempts were rolled back");
    }

    @Test
    void afterTheLastAttemptTheLastFailurePropagatesWithTheEarlierOnes() {
        SerializationFailureException thrown =
                assertThrows(SerializationFailureException.class, () -> worker.conflictsAtFirst(3));
        assertEquals("conflict 3", thrown.getMessage());
        assertEquals(2, thrown.getSuppressed().length);
        assertEquals("conflict 1", thrown.getSuppressed()[0].getMessage());
        assertEquals("deadlock 2", thrown.getSuppressed()[1].getMessage());
        assertEquals(3, worker.runs());
        assertEquals(List.of(), names());
    }

    @Test
    void otherFailuresAreNotRetried() {
        assertThrows(IllegalStateException.class, worker::failsOtherwise);
        assertEquals(1, worker.runs());
    }

    @Test
    void insideATransactionItDidNotBeginItRefuses() {
        TransactionException thrown =
                assertThrows(TransactionException.class, scenario.bean(Caller.class)::callJoining);
        assertEquals(
                "Worker.joins() is @RetryOnConflict but was called inside a JTA transaction that it does not begin: a"
                        + " serialization failure or deadlock dooms that whole transaction, so running only this"
                        + " method again cannot succeed. Put @RetryOnConflict on the method that begins the"
                        + " transaction, or make this one @Transactional(REQUIRES_NEW)",
                thrown.getMessage());
        assertEquals(0, worker.runs());
    }

    @Test
    void aMethodWithATransactionOfItsOwnMayRetryInsideAnother() {
        scenario.bean(Caller.class).callOwnTransaction();
        assertEquals(2, worker.runs());
        assertEquals(List.of("caller", "own 2"), names());
    }

    @Test
    void aMisconfiguredBindingIsRefused() {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, worker::misconfigured);
        assertEquals(
                "@RetryOnConflict on Worker.misconfigured(): attempts must be at least 1, not 0", thrown.getMessage());
    }
}
