package io.toasty.jta.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.toasty.SerializationFailureException;
import io.toasty.TransactionException;
import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import javax.transaction.xa.XAException;
import org.junit.jupiter.api.Test;

class ConflictsTest {
    @Test
    void aConflictFoundAtCommitIsInsideTheRollbackException() {
        // as Narayana reports a serialization failure of a one-phase commit through Agroal
        XAException xa = new XAException("Error trying to transactionCommit local transaction");
        xa.initCause(new SQLException("could not serialize access", "40001"));
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(xa);
        assertTrue(Conflicts.retryable(rollback));
    }

    @Test
    void aDeadlockIsAConflictAndSoIsAChainedOne() {
        SQLException batch = new SQLException("batch failed", "XX000");
        batch.setNextException(new SQLException("deadlock detected", "40P01"));
        assertTrue(Conflicts.retryable(new RuntimeException(batch)));
    }

    @Test
    void toastysOwnRetryableExceptionsAreConflicts() {
        assertTrue(Conflicts.retryable(new SerializationFailureException("conflict", null)));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(Conflicts.retryable(new TransactionException("duplicate", new SQLException("dup", "23505"))));
        assertFalse(Conflicts.retryable(new IllegalStateException()));
        RuntimeException cycle = new RuntimeException("one");
        RuntimeException other = new RuntimeException("two", cycle);
        cycle.addSuppressed(other);
        assertFalse(Conflicts.retryable(cycle));
    }
}
