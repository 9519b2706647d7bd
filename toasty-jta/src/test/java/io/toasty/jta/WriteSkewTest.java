package io.toasty.jta;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.toasty.Isolation;
import io.toasty.Repository;
import io.toasty.Toasty;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.TestDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Write skew on PostgreSQL at SERIALIZABLE: two doctors go off call at once, each having checked that another stays.
 * The database fails one of the two commits (SQLSTATE 40001), which {@code @RetryOnConflict} turns into a success.
 */
@DatabaseTest(TestDatabase.POSTGRESQL)
class WriteSkewTest {
    private final JtaDatabase jta;
    private final Repository<Doctor> doctors;
    private final Container container;
    private final Roster roster;
    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    WriteSkewTest(TestDatabase db) throws Exception {
        this.jta = new JtaDatabase(db);
        Toasty toasty = jta.toasty(Doctor.class);
        this.doctors = toasty.repository(Doctor.class);
        doctors.insertAll(List.of(new Doctor("alice", true), new Doctor("bob", true)));
        this.container = new Container(jta, toasty, Roster.class);
        this.roster = container.bean(Roster.class);
    }

    @AfterEach
    void close() throws Exception {
        threads.shutdownNow();
        container.close();
        jta.close();
    }

    @ApplicationScoped
    static class Roster {
        @Inject
        Toasty toasty;

        private final AtomicInteger runs = new AtomicInteger();
        /** Both first runs have read before either writes, and written before either commits. */
        private final CyclicBarrier bothRead = new CyclicBarrier(2);

        private final CyclicBarrier bothWrote = new CyclicBarrier(2);

        int runs() {
            return runs.get();
        }

        @Transactional
        @TransactionIsolation(Isolation.SERIALIZABLE)
        @RetryOnConflict(attempts = 3, backoffMillis = 5)
        @NoSilentRollback
        boolean goOffCall(String name) throws Exception {
            return leave(name);
        }

        @Transactional
        @TransactionIsolation(Isolation.SERIALIZABLE)
        @NoSilentRollback
        boolean goOffCallWithoutRetry(String name) throws Exception {
            return leave(name);
        }

        private boolean leave(String name) throws Exception {
            boolean first = runs.incrementAndGet() <= 2;
            Repository<Doctor> doctors = toasty.repository(Doctor.class);
            long onCall = doctors.where(Doctor_.onCall.eq(true)).count();
            if (first) {
                bothRead.await(10, SECONDS);
            }
            if (onCall < 2) {
                return false;
            }
            doctors.where(Doctor_.name.eq(name)).update(Doctor_.onCall.set(false));
            if (first) {
                bothWrote.await(10, SECONDS);
            }
            return true;
        }
    }

    private List<Object> bothAtOnce(Callable<Object> one, Callable<Object> other) throws Exception {
        List<Future<Object>> futures = List.of(threads.submit(one), threads.submit(other));
        List<Object> outcomes = new ArrayList<>();
        for (Future<Object> future : futures) {
            try {
                outcomes.add(future.get(30, SECONDS));
            } catch (ExecutionException e) {
                outcomes.add(e.getCause());
            }
        }
        return outcomes;
    }

    private long onCall() {
        return doctors.where(Doctor_.onCall.eq(true)).count();
    }

    private static boolean holdsSqlState(Throwable failure, String sqlState) {
        if (failure == null) {
            return false;
        }
        if (failure instanceof SQLException sql && sqlState.equals(sql.getSQLState())) {
            return true;
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            if (holdsSqlState(suppressed, sqlState)) {
                return true;
            }
        }
        return holdsSqlState(failure.getCause(), sqlState);
    }

    @Test
    void withoutRetryOneCommitFailsWithASerializationFailureInsideTheRollbackException() throws Exception {
        List<Object> outcomes =
                bothAtOnce(() -> roster.goOffCallWithoutRetry("alice"), () -> roster.goOffCallWithoutRetry("bob"));

        List<Object> failures =
                outcomes.stream().filter(Throwable.class::isInstance).toList();
        assertEquals(1, failures.size(), outcomes::toString);
        Throwable failure = (Throwable) failures.get(0);
        assertTrue(failure instanceof RollbackException, failure::toString);
        assertTrue(holdsSqlState(failure, "40001"), "SQLSTATE 40001 is only inside the RollbackException");
        assertEquals(1, onCall());
    }

    @Test
    void retryTurnsTheConflictIntoSuccess() throws Exception {
        List<Object> outcomes = bothAtOnce(() -> roster.goOffCall("alice"), () -> roster.goOffCall("bob"));

        assertTrue(outcomes.stream().allMatch(Boolean.class::isInstance), outcomes::toString);
        assertEquals(1, outcomes.stream().filter(Boolean.TRUE::equals).count(), "one of them went off call");
        assertEquals(3, roster.runs(), "the loser ran again, saw one doctor on call, and stayed");
        assertEquals(1, onCall());
        assertEquals(0, jta.activeConnections());
    }
}
