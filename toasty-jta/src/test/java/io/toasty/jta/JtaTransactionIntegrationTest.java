package io.toasty.jta;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.toasty.DuplicateKeyException;
import io.toasty.Isolation;
import io.toasty.Repository;
import io.toasty.Toasty;
import io.toasty.TransactionException;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.TestDatabase;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Status;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The integration under programmatic JTA: {@code TransactionManager.begin()} and {@code commit()}, no CDI. */
@DatabaseTest
class JtaTransactionIntegrationTest {
    private final JtaDatabase jta;
    private final Toasty toasty;
    private final Repository<Entry> entries;
    private final ExecutorService elsewhere = Executors.newSingleThreadExecutor();

    JtaTransactionIntegrationTest(TestDatabase db) throws Exception {
        this.jta = new JtaDatabase(db);
        this.toasty = jta.toasty(Entry.class);
        this.entries = toasty.repository(Entry.class);
    }

    @AfterEach
    void close() throws Exception {
        elsewhere.shutdownNow();
        jta.close();
    }

    private List<String> names() {
        return entries.query().list().stream().map(Entry::name).sorted().toList();
    }

    /** What another thread, outside this thread's transaction, sees. */
    private List<String> namesSeenElsewhere() throws Exception {
        return elsewhere.submit(this::names).get(10, SECONDS);
    }

    @Test
    void statementsOfOneTransactionShareOneConnectionAndCommitTogether() throws Exception {
        jta.manager.begin();
        entries.insert(new Entry("a"));
        entries.insert(new Entry("b"));
        assertEquals(List.of("a", "b"), names());
        assertEquals(1, jta.activeConnections(), "one connection for the whole transaction");
        assertEquals(List.of(), namesSeenElsewhere(), "nothing is committed before the JTA commit");
        jta.manager.commit();

        assertEquals(List.of("a", "b"), names());
        assertEquals(0, jta.activeConnections(), "the connection went back to the pool after completion");
    }

    @Test
    void rollbackLeavesNothing() throws Exception {
        jta.manager.begin();
        entries.insert(new Entry("a"));
        entries.insert(new Entry("b"));
        jta.manager.rollback();

        assertEquals(List.of(), names());
        assertEquals(0, jta.activeConnections());
    }

    @Test
    void outsideATransactionEachCallCommitsAtOnce() throws Exception {
        entries.insert(new Entry("a"));
        assertEquals(List.of("a"), namesSeenElsewhere());
        assertEquals(0, jta.activeConnections());
    }

    @Test
    void aFailedStatementMarksTheTransactionRollbackOnlySoTheCommitFails() throws Exception {
        jta.manager.begin();
        entries.insert(new Entry("a"));
        assertThrows(DuplicateKeyException.class, () -> entries.insert(new Entry("a")));
        assertEquals(Status.STATUS_MARKED_ROLLBACK, jta.manager.getStatus());

        TransactionException refused = assertThrows(TransactionException.class, () -> entries.insert(new Entry("b")));
        assertTrue(
                refused.getMessage().contains("an earlier statement in this transaction failed"), refused::getMessage);

        assertThrows(RollbackException.class, jta.manager::commit);
        assertEquals(List.of(), names());
        assertEquals(0, jta.activeConnections());
    }

    @Test
    void aNestedToastyTransactionIsASavepointThatKeepsTheJtaTransactionUsable() throws Exception {
        jta.manager.begin();
        entries.insert(new Entry("before"));
        assertThrows(
                DuplicateKeyException.class,
                () -> toasty.useTransaction(savepoint -> {
                    entries.insert(new Entry("inside"));
                    entries.insert(new Entry("before"));
                }));
        assertEquals(Status.STATUS_ACTIVE, jta.manager.getStatus(), "a failure inside a savepoint dooms nothing");
        entries.insert(new Entry("after"));
        jta.manager.commit();

        assertEquals(List.of("after", "before"), names());
    }

    @Test
    void savepointsSetRolledBackToAndReleasedByHand() throws Exception {
        jta.manager.begin();
        toasty.useTransaction(tx -> {
            entries.insert(new Entry("kept"));
            io.toasty.Savepoint point = tx.savepoint();
            entries.insert(new Entry("undone"));
            assertThrows(DuplicateKeyException.class, () -> entries.insert(new Entry("kept")));
            tx.rollbackTo(point);
            tx.release(point);
            entries.insert(new Entry("later"));
        });
        jta.manager.commit();

        assertEquals(List.of("kept", "later"), names());
    }

    @Test
    void toastyRefusesToStartWorkInATransactionAlreadyMarkedRollbackOnly() throws Exception {
        jta.manager.begin();
        jta.manager.setRollbackOnly();
        TransactionException refused = assertThrows(TransactionException.class, () -> entries.insert(new Entry("a")));
        assertTrue(
                refused.getMessage()
                        .startsWith("Toasty cannot join this JTA transaction: it is marked rollback-only"
                                + " (by the application or another resource)"),
                refused::getMessage);
        jta.manager.rollback();
        assertEquals(0, jta.activeConnections());
    }

    @Test
    void theIsolationLevelAskedForIsSetBeforeTheFirstStatement() throws Exception {
        jta.manager.begin();
        jta.integration.requireIsolation(Isolation.SERIALIZABLE);
        entries.insert(new Entry("a"));
        if (jta.db.isPostgres()) {
            assertEquals("serializable", jta.queryEnlisted("show transaction_isolation"));
        } else {
            try (Connection connection = jta.dataSource.getConnection()) {
                assertEquals(Connection.TRANSACTION_SERIALIZABLE, connection.getTransactionIsolation());
            }
        }
        jta.integration.requireIsolation(Isolation.SERIALIZABLE);
        TransactionException other = assertThrows(
                TransactionException.class, () -> jta.integration.requireIsolation(Isolation.READ_COMMITTED));
        assertEquals(
                "requireIsolation(READ_COMMITTED) asks for isolation READ_COMMITTED, but this JTA transaction already"
                        + " runs at SERIALIZABLE (asked for by requireIsolation(SERIALIZABLE)), and a transaction has"
                        + " one level from its first statement to its end. Ask for the level on the method that begins"
                        + " the transaction, or run this method in a transaction of its own"
                        + " (@Transactional(REQUIRES_NEW))",
                other.getMessage());
        jta.manager.commit();
        assertEquals(List.of("a"), names());
    }

    @Test
    void askingForAnIsolationLevelAfterToastyStatementsRanThrows() throws Exception {
        jta.manager.begin();
        entries.insert(new Entry("a"));
        TransactionException late = assertThrows(
                TransactionException.class, () -> jta.integration.requireIsolation(Isolation.SERIALIZABLE));
        assertTrue(
                late.getMessage().contains("Toasty statements already ran in this JTA transaction"), late::getMessage);
        jta.manager.commit();
        assertEquals(List.of("a"), names());
    }

    @Test
    void aReadOnlyTransactionRefusesWrites() throws Exception {
        entries.insert(new Entry("a"));
        jta.manager.begin();
        jta.integration.requireReadOnly();
        assertEquals(List.of("a"), names());
        TransactionException refused = assertThrows(TransactionException.class, () -> entries.insert(new Entry("b")));
        assertEquals("insert of Entry was refused: the transaction is read-only", refused.getMessage());
        if (jta.db.isPostgres()) {
            assertEquals("on", jta.queryEnlisted("show transaction_read_only"));
        }
        jta.manager.commit();
        assertEquals(List.of("a"), names());
    }

    @Test
    void optionsNeedAnActiveTransaction() {
        TransactionException refused = assertThrows(
                TransactionException.class, () -> jta.integration.requireIsolation(Isolation.SERIALIZABLE));
        assertEquals(
                "requireIsolation(SERIALIZABLE) needs an active JTA transaction, but none is active on this thread:"
                        + " annotate the method with @Transactional, or begin one with UserTransaction first",
                refused.getMessage());
    }

    @Test
    void manyTransactionsLeaveNoConnectionBehind() throws Exception {
        for (int i = 0; i < 300; i++) {
            jta.manager.begin();
            entries.insert(new Entry("e" + i));
            switch (i % 3) {
                case 0 -> jta.manager.commit();
                case 1 -> jta.manager.rollback();
                default -> {
                    assertThrows(DuplicateKeyException.class, () -> entries.insert(new Entry("e0")));
                    assertThrows(RollbackException.class, jta.manager::commit);
                }
            }
        }
        assertEquals(100, entries.count());
        assertEquals(0, jta.activeConnections());
        if (jta.db.isPostgres()) {
            assertEquals(0, jta.idleInTransaction());
        }
    }
}
