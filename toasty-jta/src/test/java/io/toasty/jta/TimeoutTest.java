package io.toasty.jta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.toasty.Repository;
import io.toasty.Toasty;
import io.toasty.TransactionException;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.TestDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Transactional;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code @TransactionTimeout}: the transaction a method begins times out; others keep their own timeout. */
@DatabaseTest
class TimeoutTest {
    private static final long PAST_ONE_SECOND = 1500;

    private final EntryScenario scenario;
    private final Repository<Entry> entries;
    private final JtaDatabase jta;
    private final Jobs jobs;

    TimeoutTest(TestDatabase db) throws Exception {
        this.scenario = new EntryScenario(db, Jobs.class, Inner.class);
        this.entries = scenario.entries();
        this.jta = scenario.jta();
        this.jobs = scenario.bean(Jobs.class);
    }

    @AfterEach
    void close() throws Exception {
        scenario.close();
    }

    private List<String> names() {
        return scenario.names();
    }

    @ApplicationScoped
    static class Jobs {
        @Inject
        Toasty toasty;

        @Inject
        Inner inner;

        private TransactionException lateFailure;

        /** What the write after the timeout met. */
        TransactionException lateFailure() {
            return lateFailure;
        }

        @Transactional
        @TransactionTimeout(seconds = 1)
        void quick(String name) {
            toasty.repository(Entry.class).insert(new Entry(name));
        }

        @Transactional
        @TransactionTimeout(seconds = 1)
        void slow() throws InterruptedException {
            toasty.repository(Entry.class).insert(new Entry("early"));
            Thread.sleep(PAST_ONE_SECOND);
            try {
                toasty.repository(Entry.class).insert(new Entry("late"));
            } catch (TransactionException e) {
                lateFailure = e;
                throw e;
            }
        }

        @Transactional
        void slowWithADefaultTimeoutCallingAShortOne() throws InterruptedException {
            toasty.repository(Entry.class).insert(new Entry("outer"));
            inner.slowButJoined();
        }

        @Transactional
        @TransactionTimeout(seconds = 1)
        void shortCallingASlowTransactionOfItsOwn() throws InterruptedException {
            toasty.repository(Entry.class).insert(new Entry("outer"));
            inner.slowOnItsOwn();
        }

        @Transactional
        @TransactionTimeout(seconds = 0)
        void noTime() {}
    }

    @ApplicationScoped
    static class Inner {
        @Inject
        Toasty toasty;

        @Transactional
        @TransactionTimeout(seconds = 1)
        void slowButJoined() throws InterruptedException {
            Thread.sleep(PAST_ONE_SECOND);
            toasty.repository(Entry.class).insert(new Entry("inner"));
        }

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        void slowOnItsOwn() throws InterruptedException {
            Thread.sleep(PAST_ONE_SECOND);
            toasty.repository(Entry.class).insert(new Entry("inner"));
        }
    }

    @Test
    void aTransactionWithinItsTimeoutCommits() {
        jobs.quick("a");
        assertEquals(List.of("a"), names());
    }

    @Test
    void aTransactionPastItsTimeoutFailsAndWritesNothing() {
        // Narayana rolls the transaction back when it times out; its commit then fails
        assertThrows(RollbackException.class, jobs::slow);
        // and the write after the timeout was refused, rather than committed in autocommit
        assertEquals(
                "Toasty cannot run in the JTA transaction of this thread: it was rolled back, perhaps because it ran"
                        + " past its timeout, so work done in it now would be lost, and work done outside it would be"
                        + " committed on its own. Let the method end; work that must run after a rollback belongs in a"
                        + " new transaction (@Transactional(REQUIRES_NEW))",
                jobs.lateFailure().getMessage());
        assertEquals(List.of(), names());
        assertEquals(0, jta.activeConnections());
    }

    @Test
    void aTransactionTheMethodBeginsInsideDoesNotInheritItsTimeout() {
        assertThrows(RollbackException.class, jobs::shortCallingASlowTransactionOfItsOwn);
        assertEquals(List.of("inner"), names(), "the inner transaction had the default timeout, and committed");
    }

    @Test
    void aMethodThatJoinsATransactionKeepsItsTimeout() throws Exception {
        jobs.slowWithADefaultTimeoutCallingAShortOne();
        assertEquals(List.of("inner", "outer"), names());
    }

    @Test
    void aTimeoutBelowOneSecondIsRefused() {
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, jobs::noTime);
        assertEquals(
                "@TransactionTimeout(seconds = 0) on Jobs.noTime(): the timeout must be at least 1 second",
                thrown.getMessage());
    }
}
