package io.toasty.jta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.toasty.DuplicateKeyException;
import io.toasty.Repository;
import io.toasty.Toasty;
import io.toasty.TransactionException;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.TestDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code @Transactional} methods with Toasty inside: commit, rollback, and no silent rollback (trap 19). */
@DatabaseTest
class TransactionalTest {
    private final EntryScenario scenario;
    private final Repository<Entry> entries;
    private final JtaDatabase jta;
    private final Ledger ledger;

    TransactionalTest(TestDatabase db) throws Exception {
        this.scenario = new EntryScenario(db, Ledger.class, Helper.class);
        this.entries = scenario.entries();
        this.jta = scenario.jta();
        this.ledger = scenario.bean(Ledger.class);
    }

    @AfterEach
    void close() throws Exception {
        scenario.close();
    }

    private List<String> names() {
        return scenario.names();
    }

    @ApplicationScoped
    static class Ledger {
        @Inject
        Toasty toasty;

        @Inject
        Helper helper;

        @Inject
        TransactionManager manager;

        Repository<Entry> entries() {
            return toasty.repository(Entry.class);
        }

        @Transactional
        @NoSilentRollback
        void add(String... names) {
            for (String name : names) {
                entries().insert(new Entry(name));
            }
        }

        @Transactional
        @NoSilentRollback
        void addThenFail(String name) {
            entries().insert(new Entry(name));
            throw new IllegalStateException("the method failed after its write");
        }

        @Transactional
        @NoSilentRollback
        void addAndSwallowADuplicate(String name) {
            entries().insert(new Entry(name));
            try {
                entries().insert(new Entry(name));
            } catch (DuplicateKeyException e) {
                // carry on as if nothing happened: the mistake trap 19 is about
            }
        }

        @Transactional
        void addAndSwallowADuplicateWithoutTheBinding(String name) {
            entries().insert(new Entry(name));
            try {
                entries().insert(new Entry(name));
            } catch (DuplicateKeyException e) {
                // carry on as if nothing happened
            }
        }

        @Transactional
        @NoSilentRollback
        void addAndCatchWhatTheJoinedMethodThrows(String name) {
            entries().insert(new Entry("outer"));
            try {
                helper.addAndSwallowADuplicate(name);
            } catch (TransactionException e) {
                // the joined method said its transaction is doomed; this one ignores it too
            }
        }

        @Transactional
        @NoSilentRollback
        void addThenRollBackThroughToasty(String name) {
            entries().insert(new Entry(name));
            toasty.useTransaction(transaction -> transaction.setRollbackOnly());
        }

        @Transactional
        @NoSilentRollback
        void addThenRollBackThroughJta(String name) throws SystemException {
            entries().insert(new Entry(name));
            manager.setRollbackOnly();
        }
    }

    @ApplicationScoped
    static class Helper {
        @Inject
        Toasty toasty;

        @Transactional
        @NoSilentRollback
        void addAndSwallowADuplicate(String name) {
            Repository<Entry> entries = toasty.repository(Entry.class);
            entries.insert(new Entry(name));
            try {
                entries.insert(new Entry(name));
            } catch (DuplicateKeyException e) {
                // carry on as if nothing happened
            }
        }
    }

    @Test
    void aTransactionalMethodCommitsItsWritesTogether() {
        ledger.add("a", "b");
        assertEquals(List.of("a", "b"), names());
        assertEquals(0, jta.activeConnections());
    }

    @Test
    void aRuntimeExceptionRollsEverythingBack() {
        assertThrows(IllegalStateException.class, () -> ledger.addThenFail("a"));
        assertEquals(List.of(), names());
        assertEquals(0, jta.activeConnections());
    }

    @Test
    void withoutTheBindingACaughtFailureEndsInASilentRollback() {
        // what trap 19 says, kept here so that the next test shows what the binding changes
        ledger.addAndSwallowADuplicateWithoutTheBinding("a");
        assertEquals(List.of(), names());
    }

    @Test
    void aCaughtFailureMakesTheMethodThrowInsteadOfReturningAsIfCommitted() {
        TransactionException thrown =
                assertThrows(TransactionException.class, () -> ledger.addAndSwallowADuplicate("a"));
        assertTrue(
                thrown.getMessage()
                        .startsWith("Ledger.addAndSwallowADuplicate() returned normally, but its JTA transaction can"
                                + " only roll back, so nothing it wrote will be committed: a Toasty statement failed"
                                + " outside a savepoint scope ("),
                thrown::getMessage);
        assertTrue(thrown.getMessage().contains(", SQLSTATE 23"), thrown::getMessage);
        assertTrue(
                thrown.getMessage()
                        .endsWith("), and the exception was caught. Let the exception propagate, or run the work that"
                                + " may fail in a savepoint scope (@SavepointScope or toasty.transaction(...)) so that"
                                + " the transaction survives it"),
                thrown::getMessage);
        SQLException cause = assertInstanceOf(SQLException.class, thrown.getCause());
        assertTrue(cause.getSQLState().startsWith("23"), cause::getSQLState);
        assertEquals(List.of(), names());
        assertEquals(0, jta.activeConnections());
    }

    @Test
    void aMethodThatJoinedTheDoomedTransactionThrowsToo() {
        TransactionException thrown =
                assertThrows(TransactionException.class, () -> ledger.addAndCatchWhatTheJoinedMethodThrows("a"));
        assertTrue(
                thrown.getMessage().startsWith("Ledger.addAndCatchWhatTheJoinedMethodThrows() returned normally"),
                thrown::getMessage);
        assertEquals(List.of(), names());
    }

    @Test
    void aRollbackTheApplicationAskedForIsNoFailure() throws Exception {
        ledger.addThenRollBackThroughToasty("a");
        ledger.addThenRollBackThroughJta("b");
        assertEquals(List.of(), names());
        assertEquals(0, jta.activeConnections());
    }

    @Test
    void aThousandTransactionsLeaveNoConnectionBehind() throws Exception {
        for (int i = 0; i < 1000; i++) {
            String name = "e" + i;
            switch (i % 4) {
                case 0, 1 -> ledger.add(name);
                case 2 -> assertThrows(IllegalStateException.class, () -> ledger.addThenFail(name));
                default -> assertThrows(TransactionException.class, () -> ledger.addAndSwallowADuplicate(name));
            }
        }
        assertEquals(500, entries.count());
        assertEquals(0, jta.activeConnections());
        if (jta.db.isPostgres()) {
            assertEquals(0, jta.idleInTransaction());
        }
    }
}
