package io.toasty.internal.engine;

import io.toasty.Isolation;
import io.toasty.Savepoint;
import io.toasty.Transaction;
import io.toasty.TransactionException;
import io.toasty.TransactionOptions;
import io.toasty.TransactionWork;
import io.toasty.spi.ManagedTransaction;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A transaction on one connection. Tracks the first failed statement, because PostgreSQL silently turns the
 * COMMIT of a transaction that had one into a ROLLBACK, and savepoints, which undo such a failure.
 */
final class Tx implements Transaction {
    private final Engine engine;
    final Connection connection;
    private final TransactionOptions options;
    private final boolean initialAutoCommit;
    private final int initialIsolation;
    private final boolean initialReadOnly;
    /** The managed (JTA) transaction this session belongs to, or null for a transaction of Toasty's own. */
    private final ManagedTransaction managed;

    /** Set by afterCompletion, which a transaction manager may run on its own thread (a timeout's reaper). */
    private volatile boolean completed;

    private long statements;
    private long failedAt = -1;
    private SQLException failure;
    private boolean rollbackOnly;
    private int savepoints;
    /** The savepoints that exist in the database, oldest first. */
    private final List<Point> live = new ArrayList<>();

    private int readOnlyScopes;
    private long deadline;
    private Duration timeout;

    Tx(Engine engine, Connection connection, TransactionOptions options) {
        this(engine, connection, options, null);
    }

    /** The session of a managed transaction, on a connection the pool enlisted in it. */
    static Tx managed(Engine engine, Connection connection, ManagedTransaction managed) {
        return new Tx(engine, connection, managed.options(), managed);
    }

    private Tx(Engine engine, Connection connection, TransactionOptions options, ManagedTransaction managed) {
        this.engine = engine;
        this.connection = connection;
        this.options = options;
        this.managed = managed;
        boolean autoCommit = true;
        int isolation = Connection.TRANSACTION_NONE;
        boolean readOnly = false;
        try {
            // what close() restores; a managed session never restores anything: the pool takes the connection back
            // from the transaction manager. The isolation level is read only when this transaction changes it:
            // pgjdbc answers getTransactionIsolation() with a round trip (SHOW TRANSACTION ISOLATION LEVEL)
            if (managed == null) {
                autoCommit = connection.getAutoCommit();
                readOnly = connection.isReadOnly();
                if (options.isolation() != Isolation.DEFAULT) {
                    isolation = connection.getTransactionIsolation();
                }
            }
        } catch (SQLException e) {
            RuntimeException failure = engine.dialect.translate(e, null, "beginning a transaction");
            try {
                connection.close();
            } catch (SQLException close) {
                failure.addSuppressed(close);
            }
            throw failure;
        }
        this.initialAutoCommit = autoCommit;
        this.initialIsolation = isolation;
        this.initialReadOnly = readOnly;
        options.timeout().ifPresent(this::startTimer);
    }

    private void startTimer(Duration limit) {
        this.timeout = limit;
        this.deadline = System.nanoTime() + limit.toNanos();
    }

    /**
     * Sets the isolation level and read-only mode before the first statement, then begins. A managed transaction
     * has begun already, and its pool refuses {@code setAutoCommit} and {@code setReadOnly} on the enlisted
     * connection: there read-only is the SQL statement, where the database has one.
     */
    void begin() {
        try {
            // another Toasty may share this enlisted connection and have set the level already: PostgreSQL refuses
            // to set it again once the transaction has run a statement, even to the same level
            if (options.isolation() != Isolation.DEFAULT
                    && (managed == null ? initialIsolation : connection.getTransactionIsolation())
                            != options.isolation().jdbcLevel()) {
                connection.setTransactionIsolation(options.isolation().jdbcLevel());
            }
            if (managed != null) {
                if (options.readOnly() && engine.dialect.enforcesReadOnly()) {
                    engine.execute(new Lease(connection, this), "SET TRANSACTION READ ONLY");
                }
                return;
            }
            if (options.readOnly() && engine.dialect.enforcesReadOnly()) {
                connection.setReadOnly(true);
            }
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw engine.dialect.translate(e, null, "beginning a transaction");
        }
    }

    /** Whether this session belongs to a managed (JTA) transaction. */
    boolean isManaged() {
        return managed != null;
    }

    @Override
    public TransactionOptions options() {
        return options;
    }

    // ---- statement bookkeeping

    void checkUsable(Model<?> model, String operation, boolean write) {
        if (completed) {
            throw new TransactionException(operation + " of " + (model == null ? "?" : model.name())
                    + " was refused: the managed transaction it belongs to has already completed");
        }
        if (write && (options.readOnly() || readOnlyScopes > 0)) {
            throw Engine.readOnlyWrite(model, operation);
        }
        if (timeout != null && System.nanoTime() - deadline >= 0) {
            markFailed(null);
            throw Engine.timedOut(timeout);
        }
        if (failed()) {
            // PostgreSQL would refuse the statement with "current transaction is aborted" (25P02) and H2 would run
            // it in a transaction that can only roll back: refuse it the same way on both, saying why
            throw new TransactionException(
                    operation + " of " + (model == null ? "?" : model.name()) + " was refused: an earlier statement"
                            + " in this transaction failed (" + describeFailure() + "), so the transaction can only"
                            + " roll back. Roll back to a savepoint set before that statement to go on, or run work"
                            + " that may fail in a savepoint (transaction.savepoint(...) or a nested transaction)",
                    failure);
        }
        statements++;
    }

    /** Seconds left before the deadline, at least 1; 0 when there is no timeout. */
    int secondsLeft() {
        if (timeout == null) {
            return 0;
        }
        long left = deadline - System.nanoTime();
        return (int) Math.max(1, (left + 999_999_999L) / 1_000_000_000L);
    }

    void markFailed(SQLException e) {
        if (failedAt < 0) {
            failedAt = statements;
            failure = e;
        }
        if (managed != null && live.isEmpty()) {
            // no savepoint can undo it: the database has discarded the transaction's work
            managed.markFailed(e);
        }
    }

    private boolean failed() {
        return failedAt >= 0;
    }

    // ---- savepoints

    private final class Point implements Savepoint {
        private final String name;
        private final long mark;
        /** Why the savepoint no longer exists in the database, or null while it does. */
        private String ended;

        Point(String name, long mark) {
            this.name = name;
            this.mark = mark;
        }

        @Override
        public String name() {
            return name;
        }

        Tx owner() {
            return Tx.this;
        }

        @Override
        public String toString() {
            return "Savepoint " + name;
        }
    }

    @Override
    public Savepoint savepoint() {
        if (failed()) {
            throw new TransactionException(
                    "Cannot set a savepoint: a statement in this transaction already failed" + " (" + describeFailure()
                            + "); roll back to an earlier savepoint first",
                    failure);
        }
        statements++;
        // named after the engine too: two Toasty instances may share one enlisted connection in a JTA transaction
        Point point = new Point("toasty_" + engine.id + "_sp_" + ++savepoints, statements);
        command("SAVEPOINT " + point.name);
        live.add(point);
        return point;
    }

    @Override
    public void rollbackTo(Savepoint savepoint) {
        Point point = own(savepoint);
        command("ROLLBACK TO SAVEPOINT " + point.name);
        end(live.indexOf(point) + 1, "was rolled back: the transaction rolled back to " + point + ", set before it");
        if (failedAt >= point.mark) {
            failedAt = -1;
            failure = null;
        }
    }

    @Override
    public void release(Savepoint savepoint) {
        Point point = own(savepoint);
        command("RELEASE SAVEPOINT " + point.name);
        end(live.indexOf(point) + 1, "was released with " + point + ", set before it");
        point.ended = "was already released";
        live.remove(point);
    }

    /** Forgets the savepoints from {@code index} on, which the database has just dropped. */
    private void end(int index, String why) {
        List<Point> later = live.subList(index, live.size());
        later.forEach(point -> point.ended = why);
        later.clear();
    }

    private Point own(Savepoint savepoint) {
        if (!(savepoint instanceof Point point) || point.owner() != this) {
            throw new TransactionException(savepoint + " does not belong to this transaction");
        }
        if (point.ended != null) {
            throw new TransactionException(savepoint + " " + point.ended);
        }
        return point;
    }

    private void command(String sql) {
        try {
            engine.execute(new Lease(connection, this), sql);
        } catch (SQLException e) {
            throw engine.dialect.translate(e, null, sql);
        }
    }

    @Override
    public <R, X extends Exception> R savepoint(TransactionWork<R, X> work) throws X {
        Savepoint point = savepoint();
        long mark = ((Point) point).mark;
        R result;
        try {
            result = work.run(this);
        } catch (Throwable thrown) {
            try {
                rollbackTo(point);
                release(point);
            } catch (RuntimeException undo) {
                thrown.addSuppressed(undo);
            }
            throw thrown;
        }
        if (failedAt >= mark) {
            SQLException cause = failure;
            String what = describeFailure();
            rollbackTo(point);
            release(point);
            throw new TransactionException(
                    "A statement failed inside the savepoint scope (" + what + ") and its"
                            + " exception was caught; the scope's work was rolled back",
                    cause);
        }
        release(point);
        return result;
    }

    <R, X extends Exception> R nested(TransactionOptions nested, TransactionWork<R, X> work) throws X {
        if (nested.isolation() != Isolation.DEFAULT && nested.isolation() != options.isolation()) {
            throw new TransactionException("A nested transaction asked for isolation " + nested.isolation()
                    + ", but it runs inside a transaction at " + options.isolation()
                    + ", which cannot change once it has begun");
        }
        long savedDeadline = deadline;
        Duration savedTimeout = timeout;
        if (nested.timeout().isPresent()) {
            long nestedDeadline = System.nanoTime() + nested.timeout().get().toNanos();
            if (timeout == null || nestedDeadline - deadline < 0) {
                timeout = nested.timeout().get();
                deadline = nestedDeadline;
            }
        }
        if (nested.readOnly()) {
            readOnlyScopes++;
        }
        try {
            return savepoint(work);
        } finally {
            if (nested.readOnly()) {
                readOnlyScopes--;
            }
            deadline = savedDeadline;
            timeout = savedTimeout;
        }
    }

    // ---- the end

    @Override
    public void setRollbackOnly() {
        rollbackOnly = true;
        if (managed != null) {
            managed.setRollbackOnly();
        }
    }

    /** Before a managed transaction commits: a failure no savepoint undid dooms it. */
    void beforeCompletion() {
        if (failed()) {
            managed.markFailed(failure);
        }
    }

    /** After a managed transaction ended: the connection goes back to the pool, which the pool delisted. */
    void afterCompletion() {
        completed = true;
        try {
            connection.close();
        } catch (SQLException e) {
            System.getLogger("io.toasty").log(System.Logger.Level.WARNING, "Could not return a connection", e);
        }
    }

    @Override
    public boolean isRollbackOnly() {
        return rollbackOnly || failed();
    }

    void finish() {
        if (rollbackOnly) {
            rollback();
            return;
        }
        if (failed()) {
            String what = describeFailure();
            SQLException cause = failure;
            rollback();
            throw new TransactionException(
                    "The transaction was rolled back, not committed: a statement in it failed ("
                            + what + ") and its exception was caught. Run work that may fail in a savepoint"
                            + " (transaction.savepoint(...) or a nested transaction)",
                    cause);
        }
        try {
            connection.commit();
        } catch (SQLException e) {
            throw engine.dialect.translate(e, null, "commit");
        }
    }

    private String describeFailure() {
        return failure == null
                ? "the transaction timed out"
                : failure.getMessage() + ", SQLSTATE " + failure.getSQLState();
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException e) {
            throw engine.dialect.translate(e, null, "rollback");
        }
    }

    void rollbackQuietly(Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    void close() {
        try {
            try {
                connection.setAutoCommit(initialAutoCommit);
                if (options.isolation() != Isolation.DEFAULT
                        && initialIsolation != Connection.TRANSACTION_NONE
                        && initialIsolation != options.isolation().jdbcLevel()) {
                    connection.setTransactionIsolation(initialIsolation);
                }
                if (connection.isReadOnly() != initialReadOnly) {
                    connection.setReadOnly(initialReadOnly);
                }
            } finally {
                connection.close();
            }
        } catch (SQLException e) {
            System.getLogger("io.toasty").log(System.Logger.Level.WARNING, "Could not return a connection", e);
        }
    }
}
