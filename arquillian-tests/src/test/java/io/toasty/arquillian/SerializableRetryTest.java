package io.toasty.arquillian;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.toasty.Isolation;
import io.toasty.Repository;
import io.toasty.SerializationFailureException;
import io.toasty.arquillian.model.Booking;
import io.toasty.arquillian.model.Booking_;
import io.toasty.jta.RetryOnConflict;
import io.toasty.jta.TransactionIsolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Write skew: two transactions on two threads each read the hours booked in a room, see room for their booking, and
 * insert it; together they overbook. At READ COMMITTED both commit; at SERIALIZABLE PostgreSQL fails one of them with
 * a serialization failure (SQLSTATE 40001); with {@code @RetryOnConflict} that one runs again, sees the other's
 * booking, and stays within the limit.
 */
@ExtendWith(ArquillianExtension.class)
class SerializableRetryTest {
    /** The hours a room may be booked for. */
    static final int LIMIT = 8;

    @Deployment
    static JavaArchive deployment() {
        return Scenario.of(SerializableRetryTest.class, Rooms.class);
    }

    @ApplicationScoped
    static class Rooms {
        @Inject
        Repository<Booking> bookings;

        private final AtomicInteger attempts = new AtomicInteger();
        /** Both first attempts have read before either writes; later attempts pass straight through. */
        private volatile CountDownLatch bothRead = new CountDownLatch(0);

        void expectTwo() {
            attempts.set(0);
            bothRead = new CountDownLatch(2);
        }

        int attempts() {
            return attempts.get();
        }

        @Transactional
        boolean bookReadCommitted(String room, int hours) throws InterruptedException {
            return book(room, hours);
        }

        @Transactional
        @TransactionIsolation(Isolation.SERIALIZABLE)
        boolean bookSerializable(String room, int hours) throws InterruptedException {
            return book(room, hours);
        }

        @Transactional
        @TransactionIsolation(Isolation.SERIALIZABLE)
        @RetryOnConflict(attempts = 5, backoffMillis = 5)
        boolean bookWithRetry(String room, int hours) throws InterruptedException {
            return book(room, hours);
        }

        /** Books the room if the hours already booked leave room for these. */
        private boolean book(String room, int hours) throws InterruptedException {
            attempts.incrementAndGet();
            int booked = bookings.where(Booking_.room.eq(room)).list().stream()
                    .mapToInt(Booking::hours)
                    .sum();
            CountDownLatch latch = bothRead;
            latch.countDown();
            if (!latch.await(10, SECONDS)) {
                throw new IllegalStateException("the other transaction never read");
            }
            if (booked + hours > LIMIT) {
                return false;
            }
            bookings.insert(Booking.of(room, hours));
            return true;
        }
    }

    @Inject
    Rooms rooms;

    @Inject
    Postgres postgres;

    /** Runs both at once, each on a thread of its own; returns what each returned or threw. */
    private List<Object> both(Callable<Object> one, Callable<Object> other) throws InterruptedException {
        rooms.expectTwo();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> futures = List.of(threads.submit(one), threads.submit(other));
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> future : futures) {
                try {
                    outcomes.add(future.get(30, SECONDS));
                } catch (ExecutionException e) {
                    outcomes.add(e.getCause());
                } catch (TimeoutException e) {
                    throw new AssertionError("a transaction did not end", e);
                }
            }
            return outcomes;
        } finally {
            threads.shutdownNow();
        }
    }

    private List<String> hoursBooked(String room) throws SQLException {
        return postgres.column(
                "select coalesce(sum(hours), 0) || ' in ' || count(*) from bookings where room = '" + room + "'");
    }

    /** Whether {@code failure} is a serialization failure: Toasty's exception, or SQLSTATE 40001 somewhere inside. */
    private static boolean serializationFailure(Throwable failure) {
        if (failure == null) {
            return false;
        }
        if (failure instanceof SerializationFailureException
                || (failure instanceof SQLException sql && "40001".equals(sql.getSQLState()))) {
            return true;
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            if (serializationFailure(suppressed)) {
                return true;
            }
        }
        return serializationFailure(failure.getCause());
    }

    @Test
    void atReadCommittedBothCommitAndTheRoomIsOverbooked() throws Exception {
        List<Object> outcomes = both(() -> rooms.bookReadCommitted("red", 6), () -> rooms.bookReadCommitted("red", 6));

        assertEquals(List.of(true, true), outcomes);
        assertEquals(List.of("12 in 2"), hoursBooked("red"), "the write skew this scenario is about");
    }

    @Test
    void atSerializableOneOfThemFailsWithASerializationFailure() throws Exception {
        List<Object> outcomes =
                both(() -> rooms.bookSerializable("green", 6), () -> rooms.bookSerializable("green", 6));

        List<Throwable> failures = outcomes.stream()
                .filter(Throwable.class::isInstance)
                .map(Throwable.class::cast)
                .toList();
        assertEquals(1, failures.size(), outcomes::toString);
        assertTrue(serializationFailure(failures.get(0)), () -> "not a serialization failure: " + failures.get(0));
        assertTrue(outcomes.contains(true), outcomes::toString);
        assertEquals(List.of("6 in 1"), hoursBooked("green"));
    }

    @Test
    void withRetryOnConflictTheFailedOneRunsAgainAndSeesTheOthersBooking() throws Exception {
        List<Object> outcomes = both(() -> rooms.bookWithRetry("blue", 6), () -> rooms.bookWithRetry("blue", 6));

        assertTrue(outcomes.stream().allMatch(Boolean.class::isInstance), outcomes::toString);
        assertTrue(outcomes.contains(true) && outcomes.contains(false), "one booked, the other saw no room left");
        assertTrue(rooms.attempts() >= 3, () -> "two first attempts and a retry, not " + rooms.attempts());
        assertEquals(List.of("6 in 1"), hoursBooked("blue"));
        assertEquals(0, postgres.activeConnections());
    }
}
