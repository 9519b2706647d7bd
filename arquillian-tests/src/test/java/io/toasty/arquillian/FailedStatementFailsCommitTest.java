package io.toasty.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.toasty.DuplicateKeyException;
import io.toasty.Repository;
import io.toasty.TransactionException;
import io.toasty.arquillian.model.Account;
import io.toasty.arquillian.model.Entry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A statement fails inside a {@code @Transactional} method (a duplicate key), and the method catches the exception and
 * returns normally. PostgreSQL has discarded the transaction's work; {@code @Transactional} alone would end it with a
 * rollback and no exception. The caller gets {@link TransactionException} instead (toasty-cdi puts
 * {@code @NoSilentRollback} on every {@code @Transactional} method), and nothing the method wrote is in the database.
 */
@ExtendWith(ArquillianExtension.class)
class FailedStatementFailsCommitTest {
    @Deployment
    static JavaArchive deployment() {
        return Scenario.of(FailedStatementFailsCommitTest.class, Bank.class);
    }

    @ApplicationScoped
    static class Bank {
        @Inject
        Repository<Account> accounts;

        @Inject
        Repository<Entry> entries;

        /** Writes a journal line, then opens the account, ignoring a duplicate. */
        @Transactional
        void openIgnoringDuplicates(String id) {
            entries.insert(Entry.of(id, 10));
            try {
                accounts.insert(new Account(id, "again", 10));
            } catch (DuplicateKeyException e) {
                // "it already exists, fine": but the database threw the journal line away too
            }
        }

        /** The same, then writes once more after the failure. */
        @Transactional
        void openIgnoringDuplicatesThenWrite(String id) {
            openIgnoringDuplicates(id);
            entries.insert(Entry.of(id, 20));
        }
    }

    @Inject
    Bank bank;

    @Inject
    Repository<Account> accounts;

    @Inject
    Postgres postgres;

    /** Arquillian 1.10 runs no {@code @BeforeEach} method of an in-container test on a local container. */
    private void oneAccount() throws SQLException {
        postgres.execute("delete from entries; delete from accounts");
        accounts.insert(new Account("ada", "Ada", 100));
    }

    @Test
    void theCallerGetsATransactionExceptionAndNothingLands() throws SQLException {
        oneAccount();
        TransactionException thrown =
                assertThrows(TransactionException.class, () -> bank.openIgnoringDuplicates("ada"));

        SQLException cause = assertInstanceOf(SQLException.class, thrown.getCause());
        assertEquals("23505", cause.getSQLState());
        assertEquals(
                "Bank.openIgnoringDuplicates() returned normally, but its JTA transaction can only roll back, so"
                        + " nothing it wrote will be committed: a Toasty statement failed outside a savepoint scope ("
                        + cause.getMessage() + ", SQLSTATE 23505), and the exception was caught. Let the exception"
                        + " propagate, or run the work that may fail in a savepoint scope (@SavepointScope or"
                        + " toasty.transaction(...)) so that the transaction survives it",
                thrown.getMessage());
        assertEquals(List.of(), postgres.column("select account from entries"));
        assertEquals(List.of("ada Ada"), postgres.column("select id || ' ' || owner from accounts"));
        assertEquals(0, postgres.activeConnections());
    }

    @Test
    void aWriteAfterTheFailureIsRefusedSayingWhy() throws SQLException {
        oneAccount();
        TransactionException thrown =
                assertThrows(TransactionException.class, () -> bank.openIgnoringDuplicatesThenWrite("ada"));

        SQLException cause = assertInstanceOf(SQLException.class, thrown.getCause());
        assertEquals(
                "insert of Entry was refused: an earlier statement in this transaction failed ("
                        + cause.getMessage()
                        + ", SQLSTATE 23505), so the transaction can only roll back. Roll back to a savepoint set"
                        + " before that statement to go on, or run work that may fail in a savepoint"
                        + " (transaction.savepoint(...) or a nested transaction)",
                thrown.getMessage());
        assertEquals(List.of(), postgres.column("select account from entries"));
    }
}
