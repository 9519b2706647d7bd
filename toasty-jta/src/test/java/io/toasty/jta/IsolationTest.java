package io.toasty.jta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.toasty.Isolation;
import io.toasty.Repository;
import io.toasty.Toasty;
import io.toasty.TransactionException;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.TestDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code @TransactionIsolation} and {@code @ReadOnlyTransaction} next to {@code @Transactional}. */
@DatabaseTest
class IsolationTest {
    private final JtaDatabase jta;
    private final Repository<Entry> entries;
    private final Container container;
    private final Reports reports;

    IsolationTest(TestDatabase db) throws Exception {
        this.jta = new JtaDatabase(db);
        Toasty toasty = jta.toasty(Entry.class);
        this.entries = toasty.repository(Entry.class);
        this.container = new Container(jta, toasty, Reports.class, Inner.class, Probe.class);
        this.reports = container.bean(Reports.class);
    }

    @AfterEach
    void close() throws Exception {
        container.close();
        jta.close();
    }

    /** Reads the transaction's settings on the connection Toasty uses, which the pool enlisted. */
    @ApplicationScoped
    static class Probe {
        @Inject
        JtaDatabase jta;

        String isolation() throws SQLException {
            return jta.db.isPostgres()
                    ? jta.queryEnlisted("show transaction_isolation")
                    : jta.queryEnlisted("select isolation_level from information_schema.sessions"
                            + " where session_id = session_id()");
        }

        String readOnly() throws SQLException {
            return jta.queryEnlisted("show transaction_read_only");
        }
    }

    @ApplicationScoped
    static class Reports {
        @Inject
        Toasty toasty;

        @Inject
        Inner inner;

        @Inject
        Probe probe;

        Repository<Entry> entries() {
            return toasty.repository(Entry.class);
        }

        @Transactional
        @TransactionIsolation(Isolation.SERIALIZABLE)
        String serializable() throws SQLException {
            entries().insert(new Entry("a"));
            return probe.isolation();
        }

        @Transactional
        String defaultLevel() throws SQLException {
            entries().insert(new Entry("b"));
            return probe.isolation();
        }

        @Transactional
        @TransactionIsolation(Isolation.SERIALIZABLE)
        String serializableCallingSerializable() throws SQLException {
            entries().insert(new Entry("a"));
            inner.serializable();
            return probe.isolation();
        }

        @Transactional
        @TransactionIsolation(Isolation.SERIALIZABLE)
        void serializableCallingReadCommitted() {
            inner.readCommitted();
        }

        @Transactional
        void writeThenAskForALevel() {
            entries().insert(new Entry("a"));
            inner.serializable();
        }

        @Transactional
        @TransactionIsolation(Isolation.SERIALIZABLE)
        String serializableCallingAReadCommittedTransactionOfItsOwn() throws SQLException {
            entries().insert(new Entry("a"));
            inner.readCommittedOnItsOwn();
            return probe.isolation();
        }

        @Transactional
        @ReadOnlyTransaction
        List<String> readOnlyRead() throws SQLException {
            List<String> names =
                    entries().query().list().stream().map(Entry::name).toList();
            return probe.readOnly().equals("on") ? names : List.of("the database does not see a read-only transaction");
        }

        @Transactional
        @ReadOnlyTransaction
        void readOnlyWrite() {
            entries().insert(new Entry("b"));
        }

        @Transactional
        void writeThenAskForReadOnly() {
            entries().insert(new Entry("a"));
            inner.readOnly();
        }
    }

    @ApplicationScoped
    static class Inner {
        @Inject
        Toasty toasty;

        @Inject
        Probe probe;

        @Transactional
        @TransactionIsolation(Isolation.SERIALIZABLE)
        void serializable() {
            toasty.repository(Entry.class).count();
        }

        @Transactional
        @TransactionIsolation(Isolation.READ_COMMITTED)
        void readCommitted() {
            toasty.repository(Entry.class).count();
        }

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        @TransactionIsolation(Isolation.READ_COMMITTED)
        void readCommittedOnItsOwn() throws SQLException {
            toasty.repository(Entry.class).insert(new Entry("own"));
            String level = probe.isolation();
            if (!level.equalsIgnoreCase("read committed")) {
                throw new IllegalStateException("the inner transaction runs at " + level);
            }
        }

        @Transactional
        @ReadOnlyTransaction
        void readOnly() {
            toasty.repository(Entry.class).count();
        }

        @TransactionIsolation(Isolation.SERIALIZABLE)
        void withoutTransaction() {
            toasty.repository(Entry.class).count();
        }
    }

    private List<String> names() {
        return entries.query().list().stream().map(Entry::name).sorted().toList();
    }

    @Test
    void theLevelIsInEffectOnTheConnectionOfTheTransaction() throws Exception {
        assertEquals("serializable", reports.serializable().toLowerCase());
        assertEquals("read committed", reports.defaultLevel().toLowerCase());
        assertEquals(0, jta.activeConnections());
    }

    @Test
    void aJoinedMethodMayAskForTheLevelTheTransactionHas() throws Exception {
        assertEquals("serializable", reports.serializableCallingSerializable().toLowerCase());
        assertEquals(List.of("a"), names());
    }

    @Test
    void askingForAnotherLevelThanTheTransactionHasThrows() {
        TransactionException thrown =
                assertThrows(TransactionException.class, reports::serializableCallingReadCommitted);
        assertEquals(
                "@TransactionIsolation(READ_COMMITTED) on Inner.readCommitted() asks for isolation READ_COMMITTED, but"
                        + " this JTA transaction already runs at SERIALIZABLE (asked for by"
                        + " @TransactionIsolation(SERIALIZABLE) on Reports.serializableCallingReadCommitted()), and a"
                        + " transaction has one level from its first statement to its end. Ask for the level on the"
                        + " method that begins the transaction, or run this method in a transaction of its own"
                        + " (@Transactional(REQUIRES_NEW))",
                thrown.getMessage());
    }

    @Test
    void askingForALevelAfterStatementsRanThrowsAndNothingIsWritten() {
        TransactionException thrown = assertThrows(TransactionException.class, reports::writeThenAskForALevel);
        assertEquals(
                "@TransactionIsolation(SERIALIZABLE) on Inner.serializable() asks for isolation SERIALIZABLE, but"
                        + " Toasty statements already ran in this JTA transaction at the connection's default level,"
                        + " which cannot change once the transaction has begun. Ask for the level on the method that"
                        + " begins the transaction, before any Toasty call, or run this method in a transaction of"
                        + " its own (@Transactional(REQUIRES_NEW))",
                thrown.getMessage());
        assertEquals(List.of(), names());
    }

    @Test
    void aTransactionOfItsOwnHasALevelOfItsOwn() throws Exception {
        assertEquals(
                "serializable",
                reports.serializableCallingAReadCommittedTransactionOfItsOwn().toLowerCase());
        assertEquals(List.of("a", "own"), names());
    }

    @Test
    void theLevelNeedsATransaction() {
        TransactionException thrown = assertThrows(
                TransactionException.class, () -> container.bean(Inner.class).withoutTransaction());
        assertEquals(
                "@TransactionIsolation(SERIALIZABLE) on Inner.withoutTransaction() needs an active JTA transaction, but"
                        + " none is active on this thread: annotate the method with @Transactional, or begin one with"
                        + " UserTransaction first",
                thrown.getMessage());
    }

    @Test
    void aReadOnlyTransactionReadsAndRefusesWrites() throws Exception {
        entries.insert(new Entry("a"));
        if (jta.db.isPostgres()) {
            assertEquals(List.of("a"), reports.readOnlyRead());
        }
        TransactionException thrown = assertThrows(TransactionException.class, reports::readOnlyWrite);
        assertEquals("insert of Entry was refused: the transaction is read-only", thrown.getMessage());
        assertEquals(List.of("a"), names());
    }

    @Test
    void askingForReadOnlyAfterWritesThrows() {
        TransactionException thrown = assertThrows(TransactionException.class, reports::writeThenAskForReadOnly);
        assertTrue(
                thrown.getMessage()
                        .startsWith("@ReadOnlyTransaction on Inner.readOnly() asks for a read-only transaction, but"
                                + " Toasty statements already ran in this JTA transaction read-write."),
                thrown::getMessage);
        assertEquals(List.of(), names());
    }
}
