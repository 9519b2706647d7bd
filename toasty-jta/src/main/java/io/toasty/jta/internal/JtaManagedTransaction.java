package io.toasty.jta.internal;

import io.toasty.TransactionException;
import io.toasty.TransactionOptions;
import io.toasty.spi.ManagedTransaction;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.SQLException;

/**
 * The JTA transaction of the calling thread, as Toasty sees it, through the registry. Holds nothing itself, so one
 * instance serves every thread: what must last as long as a transaction lives in the registry
 * ({@link TransactionState}).
 */
public final class JtaManagedTransaction implements ManagedTransaction {
    private final TransactionSynchronizationRegistry registry;

    public JtaManagedTransaction(TransactionSynchronizationRegistry registry) {
        this.registry = registry;
    }

    /**
     * Toasty asks for its session here first, before it takes a connection: in a transaction already marked
     * rollback-only that has none, refuse now, with the reason, rather than let the pool fail to enlist a connection.
     */
    @Override
    public Object getResource(Object key) {
        Object resource = registry.getResource(key);
        if (resource == null && registry.getTransactionStatus() == Status.STATUS_MARKED_ROLLBACK) {
            String why = TransactionState.find(registry)
                    .flatMap(TransactionState::doomCause)
                    .map(cause -> ": " + cause)
                    .orElse(" (by the application or another resource)");
            throw new TransactionException("Toasty cannot join this JTA transaction: it is marked rollback-only" + why
                    + ", so nothing done in it can commit. Let the failure end the transaction, or run work that may"
                    + " fail in a savepoint scope (@SavepointScope or toasty.transaction(...)) so that the"
                    + " transaction survives it");
        }
        return resource;
    }

    /** Toasty stores its session only in the transaction it has just found active ({@code current()}). */
    @Override
    public void putResource(Object key, Object value) {
        TransactionState state = TransactionState.ofActive(registry);
        registry.putResource(key, value);
        state.sessionStarted();
    }

    @Override
    public void registerCompletion(Runnable beforeCompletion, Runnable afterCompletion) {
        registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                beforeCompletion.run();
            }

            @Override
            public void afterCompletion(int status) {
                afterCompletion.run();
            }
        });
    }

    /** Toasty calls this only for {@code Transaction.setRollbackOnly()}: the application's own decision. */
    @Override
    public void setRollbackOnly() {
        // past a timeout the transaction manager has already rolled the transaction back and dissociated it (the
        // statement that failed was cancelled for that): there is nothing left to mark, and trying would throw
        if (TransactionState.isOver(registry.getTransactionStatus())) {
            return;
        }
        // the state exists: putResource made it when the session started
        TransactionState.find(registry).ifPresent(TransactionState::markedDeliberately);
        registry.setRollbackOnly();
    }

    /**
     * A statement failed outside a savepoint ({@code failure}), or the transaction ran past its timeout (null): the
     * cause is recorded here, so no statement listener is needed to tell it from a deliberate rollback.
     */
    @Override
    public void markFailed(SQLException failure) {
        if (TransactionState.isOver(registry.getTransactionStatus())) {
            return;
        }
        TransactionState.find(registry).ifPresent(state -> state.markedForFailure(failure));
        registry.setRollbackOnly();
    }

    /**
     * Toasty asks for the options only when it starts its session in the transaction it has just found active; without
     * one, the defaults.
     */
    @Override
    public TransactionOptions options() {
        TransactionState state;
        try {
            state = TransactionState.storedInActive(registry);
        } catch (IllegalStateException noTransaction) {
            return TransactionOptions.defaults();
        }
        return state == null ? TransactionOptions.defaults() : state.options();
    }
}
