package io.toasty.internal.engine;

import io.toasty.Isolation;
import io.toasty.Savepoint;
import io.toasty.Transaction;
import io.toasty.TransactionException;
import io.toasty.TransactionOptions;
import io.toasty.TransactionWork;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

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
    private long statements;
    private long failedAt = -1;
    private SQLException failure;
    private boolean rollbackOnly;
    private int savepoints;
    private int readOnlyScopes;
    private long deadline;
    private Duration timeout;

    Tx(Engine engine, Connection connection, TransactionOptions options) {
        this.engine = engine;
        this.connection = connection;
        this.options = options;
        boolean autoCommit = true;
        int isolation = Connection.TRANSACTION_NONE;
        boolean readOnly = false;
        try {
            autoCommit = connection.getAutoCommit();
            isolation = connection.getTransactionIsolation();
            readOnly = connection.isReadOnly();
        } catch (SQLException e) {
            throw engine.dialect.translate(e, null, "beginning a transaction");
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

    /** Sets the isolation level and read-only mode before the first statement, then begins. */
    void begin() {
        try {
            if (options.isolation() != Isolation.DEFAULT) {
                connection.setTransactionIsolation(options.isolation().jdbcLevel());
            }
            if (options.readOnly() && engine.dialect.enforcesReadOnly()) {
                connection.setReadOnly(true);
            }
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            throw engine.dialect.translate(e, null, "beginning a transaction");
        }
    }

    @Override
    public TransactionOptions options() {
        return options;
    }

    // ---- statement bookkeeping

    void checkUsable(Model<?> model, String operation, boolean write) {
        if (write && (options.readOnly() || readOnlyScopes > 0)) {
            throw Engine.readOnlyWrite(model, operation);
        }
        if (timeout != null && System.nanoTime() - deadline >= 0) {
            markFailed(null);
            throw Engine.timedOut(timeout);
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
    }

    private boolean failed() {
        return failedAt >= 0;
    }

    // ---- savepoints

    private final class Point implements Savepoint {
        private final String name;
        private final long mark;
        private boolean released;

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
        Point point = new Point("toasty_sp_" + ++savepoints, statements);
        command("SAVEPOINT " + point.name);
        return point;
    }

    @Override
    public void rollbackTo(Savepoint savepoint) {
        Point point = own(savepoint);
        command("ROLLBACK TO SAVEPOINT " + point.name);
        if (failedAt >= point.mark) {
            failedAt = -1;
            failure = null;
        }
    }

    @Override
    public void release(Savepoint savepoint) {
        Point point = own(savepoint);
        command("RELEASE SAVEPOINT " + point.name);
        point.released = true;
    }

    private Point own(Savepoint savepoint) {
        if (!(savepoint instanceof Point point) || point.owner() != this) {
            throw new TransactionException(savepoint + " does not belong to this transaction");
        }
        if (point.released) {
            throw new TransactionException(savepoint + " was already released");
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
                if (options.isolation() != Isolation.DEFAULT && initialIsolation != Connection.TRANSACTION_NONE) {
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
