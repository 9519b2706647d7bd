package io.toasty.jta.internal;

import io.toasty.Isolation;
import io.toasty.TransactionException;
import io.toasty.TransactionOptions;
import io.toasty.spi.StatementEvent;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

/**
 * What toasty-jta knows about one JTA transaction, kept as a resource of that transaction in the registry: the
 * options the interceptor bindings asked for, whether a Toasty session has started (after which they are fixed), and
 * whether Toasty doomed the transaction because a statement failed.
 *
 * <p>Shared by every Toasty of the transaction. Synchronized, since a transaction may complete on another thread
 * (Narayana's reaper) than the one that used it.
 */
public final class TransactionState {
    private static final Object KEY = new Object() {
        @Override
        public String toString() {
            return "toasty-jta-transaction-state";
        }
    };

    /** Why Toasty called {@code setRollbackOnly}, as far as it can be told. */
    private enum Doom {
        /** Toasty never marked the transaction. */
        NONE,
        /**
         * Toasty marked it without saying why (a timeout, or an integration calling only {@code setRollbackOnly()})
         * and no statement was seen since.
         */
        PENDING,
        /** Marked deliberately through {@code Transaction.setRollbackOnly()}. */
        DELIBERATE,
        /** Marked because a statement failed outside a savepoint. */
        FAILED,
        /** Marked by {@code @Transactional} when an exception left a savepoint-scoped method through it. */
        ESCAPED
    }

    private Isolation isolation = Isolation.DEFAULT;
    private String isolationSource;
    private boolean readOnly;
    private Duration timeout;
    private long begunAt;
    private boolean sessionStarted;
    private Doom doom = Doom.NONE;
    private SQLException failure;
    private String escaped;

    private TransactionState() {}

    /**
     * The state of the transaction active on this thread, created on first use.
     *
     * @throws TransactionException naming {@code requester} when no transaction is active
     */
    public static TransactionState require(TransactionSynchronizationRegistry registry, String requester) {
        int status = registry.getTransactionStatus();
        if (status != Status.STATUS_ACTIVE && status != Status.STATUS_MARKED_ROLLBACK) {
            throw new TransactionException(requester + " needs an active JTA transaction, but "
                    + (status == Status.STATUS_NO_TRANSACTION
                            ? "none is active on this thread"
                            : "the transaction of this thread is " + Statuses.name(status))
                    + ": annotate the method with @Transactional, or begin one with UserTransaction first");
        }
        return ofActive(registry);
    }

    /**
     * The state of the transaction active on this thread, created on first use, for a caller that knows a transaction
     * is active, as Toasty does when it starts its session (it has just asked for the status): one look-up in the
     * registry instead of {@link #require}'s two.
     */
    static TransactionState ofActive(TransactionSynchronizationRegistry registry) {
        Object existing = registry.getResource(KEY);
        if (existing != null) {
            return (TransactionState) existing;
        }
        TransactionState state = new TransactionState();
        registry.putResource(KEY, state);
        return state;
    }

    /**
     * The state of the transaction active on this thread if toasty-jta stored one, for a caller that knows a
     * transaction is active: one look-up in the registry instead of {@link #find}'s three.
     */
    static TransactionState storedInActive(TransactionSynchronizationRegistry registry) {
        return (TransactionState) registry.getResource(KEY);
    }

    /**
     * Whether a transaction in this status has already rolled back (or is rolling back) under its thread, as the
     * transaction manager does past a timeout: its resources can no longer be read, nor can it be marked.
     */
    public static boolean isOver(int status) {
        return status == Status.STATUS_ROLLEDBACK
                || status == Status.STATUS_ROLLING_BACK
                || status == Status.STATUS_NO_TRANSACTION;
    }

    /** The state of the transaction of this thread, if toasty-jta stored one. */
    public static Optional<TransactionState> find(TransactionSynchronizationRegistry registry) {
        if (registry.getTransactionKey() == null || isOver(registry.getTransactionStatus())) {
            return Optional.empty();
        }
        return Optional.ofNullable((TransactionState) registry.getResource(KEY));
    }

    // ---- options

    /**
     * Asks for an isolation level for the whole transaction.
     *
     * @throws TransactionException when another level was asked for, or a Toasty session already runs at the
     *     default level
     */
    public synchronized void requireIsolation(Isolation level, String requester) {
        if (level == Isolation.DEFAULT || level == isolation) {
            return;
        }
        if (isolation != Isolation.DEFAULT) {
            throw new TransactionException(requester + " asks for isolation " + level + ", but this JTA transaction"
                    + " already runs at " + isolation + " (asked for by " + isolationSource + "), and a transaction"
                    + " has one level from its first statement to its end. Ask for the level on the method that"
                    + " begins the transaction, or run this method in a transaction of its own"
                    + " (@Transactional(REQUIRES_NEW))");
        }
        if (sessionStarted) {
            throw new TransactionException(requester + " asks for isolation " + level + ", but Toasty statements"
                    + " already ran in this JTA transaction at the connection's default level, which cannot change"
                    + " once the transaction has begun. Ask for the level on the method that begins the"
                    + " transaction, before any Toasty call, or run this method in a transaction of its own"
                    + " (@Transactional(REQUIRES_NEW))");
        }
        isolation = level;
        isolationSource = requester;
    }

    /**
     * Makes the whole transaction read-only.
     *
     * @throws TransactionException when a Toasty session already runs read-write in it
     */
    public synchronized void requireReadOnly(String requester) {
        if (readOnly) {
            return;
        }
        if (sessionStarted) {
            throw new TransactionException(requester + " asks for a read-only transaction, but Toasty statements"
                    + " already ran in this JTA transaction read-write. Make the method that begins the transaction"
                    + " read-only, or run this method in a transaction of its own (@Transactional(REQUIRES_NEW))");
        }
        readOnly = true;
    }

    /** The transaction began now with {@code limit} as its JTA timeout; Toasty keeps to what is left of it. */
    public synchronized void begunWithTimeout(Duration limit) {
        timeout = limit;
        begunAt = System.nanoTime();
    }

    /** The options a Toasty session that starts now runs with. */
    public synchronized TransactionOptions options() {
        TransactionOptions options =
                TransactionOptions.defaults().isolation(isolation).readOnly(readOnly);
        if (timeout != null) {
            Duration left = timeout.minusNanos(System.nanoTime() - begunAt);
            options = options.timeout(left.compareTo(Duration.ofMillis(1)) < 0 ? Duration.ofMillis(1) : left);
        }
        return options;
    }

    /** A Toasty session started in the transaction: from now on, its options are fixed. */
    public synchronized void sessionStarted() {
        sessionStarted = true;
    }

    // ---- doom

    /** Toasty called {@code setRollbackOnly()} on the transaction, without saying why. */
    public synchronized void markedByToasty() {
        if (doom != Doom.FAILED) {
            doom = Doom.PENDING;
        }
    }

    /** Toasty marked the transaction because the application called {@code Transaction.setRollbackOnly()}. */
    public synchronized void markedDeliberately() {
        if (doom == Doom.NONE) {
            doom = Doom.DELIBERATE;
        }
    }

    /**
     * Toasty marked the transaction because {@code failure} failed outside a savepoint, or (null) because the
     * transaction ran past its timeout.
     */
    public synchronized void markedForFailure(SQLException failure) {
        if (failure == null) {
            markedByToasty();
        } else if (doom != Doom.FAILED) {
            doom = Doom.FAILED;
            this.failure = failure;
        }
    }

    /**
     * The transaction became rollback-only as {@code thrown} left a savepoint-scoped method: its {@code @Transactional}
     * marked it, which no savepoint can undo.
     */
    public synchronized void markedAsExceptionLeftSavepointScope(String method, Throwable thrown) {
        if (doom == Doom.NONE || doom == Doom.DELIBERATE) {
            doom = Doom.ESCAPED;
            escaped = "the " + thrown.getClass().getSimpleName() + " thrown in " + method + ", a @SavepointScope"
                    + " method, passed through a @Transactional method, whose interceptor marks the transaction"
                    + " rollback-only on a runtime exception even when it only joined the transaction";
        }
    }

    /**
     * A Toasty statement ran in the transaction. Toasty reports a failed statement right after it dooms the
     * transaction for it, so the event after a mark tells a failure from a deliberate {@code setRollbackOnly()}.
     */
    public synchronized void statementRan(StatementEvent event) {
        if (doom != Doom.PENDING) {
            return;
        }
        if (event.failure().isPresent()) {
            doom = Doom.FAILED;
            failure = event.failure().get();
        } else {
            doom = Doom.DELIBERATE;
        }
    }

    /** The statement failure that doomed the transaction, when Toasty's statement listener reported it. */
    public synchronized Optional<SQLException> failure() {
        return Optional.ofNullable(failure);
    }

    /**
     * What doomed the transaction, when it happened in a way its caller must hear about: a failed statement, a
     * timeout, an exception that left a savepoint scope through {@code @Transactional}; not a deliberate
     * {@code setRollbackOnly()}.
     */
    public synchronized Optional<String> doomCause() {
        return switch (doom) {
            case NONE, DELIBERATE -> Optional.empty();
            case FAILED ->
                Optional.of("a Toasty statement failed outside a savepoint scope (" + failure.getMessage()
                        + ", SQLSTATE " + failure.getSQLState() + ")");
            case PENDING ->
                Optional.of("Toasty marked it rollback-only (a statement failed outside a savepoint scope,"
                        + " or the transaction ran past its timeout)");
            case ESCAPED -> Optional.of(escaped);
        };
    }

    /** How to keep the transaction next time, for the cause {@link #doomCause()} names. */
    public synchronized String doomAdvice() {
        return doom == Doom.ESCAPED
                ? "Remove @Transactional from the savepoint-scoped method and the methods it calls (they run in the"
                        + " caller's transaction anyway), or name the exception in their dontRollbackOn"
                : "Let the exception propagate, or run the work that may fail in a savepoint scope (@SavepointScope"
                        + " or toasty.transaction(...)) so that the transaction survives it";
    }
}
