package io.toasty.arquillian;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.toasty.QueryTimeoutException;
import io.toasty.Repository;
import io.toasty.arquillian.model.Account;
import io.toasty.arquillian.model.Entry;
import io.toasty.jta.TransactionTimeout;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code @TransactionTimeout(seconds = 1)}: the method writes, then its update waits for a row that another
 * transaction holds locked. About a second after it began, the transaction fails, rather than wait for the lock, and
 * nothing it wrote lands.
 */
@ExtendWith(ArquillianExtension.class)
class TransactionTimeoutTest {
    @Deployment
    static JavaArchive deployment() {
        return Scenario.of(TransactionTimeoutTest.class, Bank.class);
    }

    @ApplicationScoped
    static class Bank {
        @Inject
        Repository<Account> accounts;

        @Inject
        Repository<Entry> entries;

        private volatile RuntimeException failure;

        /** What the method's update threw. */
        RuntimeException failure() {
            return failure;
        }

        @Transactional
        @TransactionTimeout(seconds = 1)
        void deposit(String id, long amount) {
            failure = null;
            entries.insert(Entry.of(id, amount));
            Account account = accounts.get(id);
            try {
                accounts.update(new Account(id, account.owner(), account.balance() + amount));
            } catch (RuntimeException e) {
                failure = e;
                throw e;
            }
        }
    }

    @Inject
    Bank bank;

    @Inject
    Repository<Account> accounts;

    @Inject
    Postgres postgres;

    /**
     * Runs the deposit while another connection holds the account's row locked; returns what the caller got. Should
     * the timeout not work, a watchdog releases the lock after five seconds, and the deposit succeeds late.
     */
    private Exception depositWhileLocked(String id) throws Exception {
        accounts.insert(new Account(id, "Ada", 100));
        ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor();
        try (Connection other = postgres.connect();
                Statement statement = other.createStatement()) {
            other.setAutoCommit(false);
            statement.execute("update accounts set balance = balance where id = '" + id + "'");
            ScheduledFuture<?> release = watchdog.schedule(
                    () -> {
                        other.rollback();
                        return null;
                    },
                    5,
                    SECONDS);

            long start = System.nanoTime();
            Exception thrown = assertThrows(Exception.class, () -> bank.deposit(id, 10));
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            if (release.cancel(false)) {
                other.rollback();
            }
            assertTrue(
                    took.compareTo(Duration.ofMillis(900)) > 0 && took.compareTo(Duration.ofSeconds(3)) < 0,
                    took::toString);
            return thrown;
        } finally {
            watchdog.shutdownNow();
        }
    }

    @Test
    void aStatementBlockedPastTheTimeoutFailsTheTransactionAndNothingLands() throws Exception {
        Exception thrown = depositWhileLocked("ada");

        // Narayana's reaper rolls the transaction back at the timeout, and the commit then fails; if Toasty's own
        // deadline cancels the update first, the method's QueryTimeoutException reaches the caller instead
        assertTrue(
                thrown instanceof RollbackException || thrown instanceof QueryTimeoutException,
                () -> "neither a rollback nor a timeout: " + thrown);
        assertEquals(List.of("ada 100"), postgres.column("select id || ' ' || balance from accounts"));
        assertEquals(List.of(), postgres.column("select account from entries"));
        assertEquals(0, postgres.activeConnections());
        assertEquals(List.of(), postgres.backends("state like 'idle in transaction%'"));
    }

    @Test
    void theMethodSeesToastysTimeoutNotTheTransactionManagersState() throws Exception {
        depositWhileLocked("grace");

        QueryTimeoutException failure = assertInstanceOf(QueryTimeoutException.class, bank.failure());
        assertTrue(
                failure.getMessage().startsWith("update of Account was cancelled after its timeout: "),
                failure::getMessage);
    }
}
