package io.toasty.internal.engine;

import io.toasty.MappingException;
import io.toasty.QueryTimeoutException;
import io.toasty.ToastyException;
import io.toasty.TransactionException;
import io.toasty.TransactionOptions;
import io.toasty.TransactionWork;
import io.toasty.internal.dialect.Dialect;
import io.toasty.internal.meta.ModelMeta;
import io.toasty.spi.ManagedTransaction;
import io.toasty.spi.StatementEvent;
import io.toasty.spi.StatementListener;
import io.toasty.spi.TransactionIntegration;
import io.toasty.spi.WriteListener;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The running core of one {@code Toasty}: its models, its dialect, the transaction of each thread, and the one
 * place where statements are prepared, bound, run, timed, logged, reported to listeners and translated on failure.
 */
public final class Engine {
    private static final System.Logger SQL_LOG = System.getLogger("io.toasty.sql");

    /**
     * What an engine is made of.
     *
     * @param dataSource where connections come from
     * @param dialect the database's dialect
     * @param metas the models
     * @param statements sees every statement
     * @param logBinds whether bound values are logged
     * @param transactions finds managed (JTA) transactions
     * @param writes sees every write before its SQL
     */
    public record Settings(
            DataSource dataSource,
            Dialect dialect,
            List<ModelMeta<?>> metas,
            StatementListener statements,
            boolean logBinds,
            TransactionIntegration transactions,
            WriteListener writes) {}

    final DataSource dataSource;
    final Dialect dialect;
    private final Map<Class<?>, Model<?>> models = new LinkedHashMap<>();
    private final StatementListener listener;
    /** Whether anyone listens to statements: without a listener, no event is built. */
    private final boolean listening;

    private final boolean logBinds;
    private final TransactionIntegration integration;
    final WriteListener writes;
    private final ThreadLocal<Tx> current = new ThreadLocal<>();
    private static final java.util.concurrent.atomic.AtomicInteger ENGINES =
            new java.util.concurrent.atomic.AtomicInteger();
    /** A number unique in this JVM, for names that must not clash between engines, such as savepoints. */
    final int id = ENGINES.incrementAndGet();
    /** The key of this engine's session in each managed transaction. */
    private final Object sessionKey = new Object() {
        @Override
        public String toString() {
            return "toasty-session@" + Integer.toHexString(System.identityHashCode(Engine.this));
        }
    };

    public Engine(Settings settings) {
        this.dataSource = settings.dataSource();
        this.dialect = settings.dialect();
        this.listener = settings.statements();
        this.listening = listener != StatementListener.none();
        this.logBinds = settings.logBinds();
        this.integration = settings.transactions();
        this.writes = ModelHooks.around(settings.writes(), settings.metas());
        for (ModelMeta<?> meta : io.toasty.internal.meta.Hierarchy.compose(settings.metas())) {
            models.put(meta.type(), new Model<>(meta, dialect));
        }
        for (Model<?> model : models.values()) {
            model.peers(models);
        }
        RelationLink.wire(models);
        this.statementModels = new StatementModels(models.values());
    }

    /** The model of each statement, for the listeners. */
    private final StatementModels statementModels;

    public Dialect dialect() {
        return dialect;
    }

    /** Signs pagination cursors: a random key unless {@link #cursorKey} set one before the engine was shared. */
    private Cursors cursors = Cursors.random();

    /** Sets the key that signs pagination cursors; called once, while the Toasty is built. */
    public void cursorKey(byte[] key) {
        this.cursors = new Cursors(key);
    }

    Cursors cursors() {
        return cursors;
    }

    public List<ModelMeta<?>> metas() {
        return models.values().stream().<ModelMeta<?>>map(m -> m.meta).toList();
    }

    @SuppressWarnings("unchecked")
    <T> Model<T> model(Class<T> type) {
        Model<?> model = models.get(type);
        if (model == null) {
            throw new MappingException(type.getName() + " is not a model of this Toasty: add it with"
                    + " Toasty.builder(dataSource).models(" + type.getSimpleName() + ".class, ...)");
        }
        return (Model<T>) model;
    }

    public <T> RepositoryImpl<T> repository(Class<T> type) {
        return new RepositoryImpl<>(this, model(type));
    }

    /** A raw SQL statement with its positional values. */
    public io.toasty.RawQuery raw(String sql, List<Object> values) {
        return new RawQueryImpl(this, sql, values);
    }

    /** The model of a class if it is one of this engine's, else null. */
    Model<?> modelOrNull(Class<?> type) {
        return models.get(type);
    }

    public SchemaImpl schema() {
        return new SchemaImpl(this);
    }

    /** The models of this engine, in the order they were given. */
    List<Model<?>> allModels() {
        return List.copyOf(models.values());
    }

    // ---- connections

    /** The session of the calling thread: Toasty's own transaction, or a managed one's; null in autocommit. */
    private Tx session() {
        Tx tx = current.get();
        if (tx != null) {
            return tx;
        }
        Optional<ManagedTransaction> managed = integration.current();
        return managed.isPresent() ? managedSession(managed.get()) : null;
    }

    /** The session of a managed transaction, created on first use with a connection the pool enlists. */
    private Tx managedSession(ManagedTransaction managed) {
        Object existing = managed.getResource(sessionKey);
        if (existing != null) {
            return (Tx) existing;
        }
        Connection connection;
        try {
            connection = dataSource.getConnection();
        } catch (SQLException e) {
            throw dialect.translate(e, null, "joining a managed transaction (getting a connection)");
        }
        Tx tx = Tx.managed(this, connection, managed);
        try {
            tx.begin();
            managed.putResource(sessionKey, tx);
            managed.registerCompletion(tx::beforeCompletion, tx::afterCompletion);
        } catch (RuntimeException e) {
            tx.afterCompletion();
            throw e;
        }
        return tx;
    }

    /** The connection for one call: the current transaction's, or a pooled one in autocommit. */
    Lease lease(Model<?> model, String operation, boolean write) {
        Tx tx = session();
        if (tx != null) {
            tx.checkUsable(model, operation, write);
            return new Lease(tx.connection, tx);
        }
        try {
            Connection connection = dataSource.getConnection();
            if (!connection.getAutoCommit()) {
                connection.setAutoCommit(true);
            }
            return new Lease(connection, null);
        } catch (SQLException e) {
            throw dialect.translate(e, model == null ? null : model.meta, operation + " (getting a connection)");
        }
    }

    /** Work on a connection that may throw SQLException. */
    interface Work<R> {
        R run(Lease lease) throws SQLException;
    }

    /** Runs one call's work on its connection, translating failures. */
    <R> R run(Model<?> model, String operation, boolean write, Work<R> work) {
        try (Lease lease = lease(model, operation, write)) {
            return work.run(lease);
        } catch (SQLException e) {
            throw dialect.translate(e, model == null ? null : model.meta, operation);
        }
    }

    /**
     * Runs a call of several statements atomically: inside the current transaction, or in a transaction of its
     * own.
     */
    <R> R atomic(Model<?> model, String operation, Work<R> work) {
        if (current.get() != null || integration.current().isPresent()) {
            return run(model, operation, true, work);
        }
        return transaction(TransactionOptions.defaults(), tx -> run(model, operation, true, work));
    }

    /** Runs work on a connection of its own in autocommit, outside the thread's transaction. */
    <R> R onOwnConnection(String operation, Work<R> work) {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.getAutoCommit()) {
                connection.setAutoCommit(true);
            }
            return work.run(new Lease(connection, null));
        } catch (SQLException e) {
            throw dialect.translate(e, null, operation);
        }
    }

    /** Runs work in a transaction on a connection of its own, outside the thread's transaction. */
    <R> R transactionOnOwnConnection(String operation, Work<R> work) {
        return onOwnConnection(operation, lease -> {
            lease.connection.setAutoCommit(false);
            try {
                R result = work.run(lease);
                lease.connection.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                try {
                    lease.connection.rollback();
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                }
                throw e;
            } finally {
                lease.connection.setAutoCommit(true);
            }
        });
    }

    // ---- statements

    PreparedStatement prepare(Lease lease, Sql sql, String[] generatedColumns) throws SQLException {
        PreparedStatement statement = generatedColumns == null
                ? lease.connection.prepareStatement(sql.toString())
                : lease.connection.prepareStatement(sql.toString(), generatedColumns);
        try {
            if (lease.tx != null) {
                int seconds = lease.tx.secondsLeft();
                if (seconds > 0) {
                    statement.setQueryTimeout(seconds);
                }
            }
            sql.bindAll(statement);
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    long update(Lease lease, Sql sql) throws SQLException {
        long start = System.nanoTime();
        try (PreparedStatement statement = prepare(lease, sql, null)) {
            long rows = statement.executeLargeUpdate();
            report(sql, rows, start, null);
            return rows;
        } catch (SQLException e) {
            failed(lease, sql, start, e);
            throw e;
        }
    }

    /**
     * Runs statements of one text, each with its own values, as one JDBC batch: one round trip where the driver
     * pipelines, as pgjdbc does. Reported as one statement. Returns each one's update count, -1 where the driver
     * gives none.
     */
    long[] batch(Lease lease, List<Sql> statements) throws SQLException {
        Sql first = statements.get(0);
        long start = System.nanoTime();
        try (PreparedStatement statement = prepare(lease, first, null)) {
            statement.addBatch();
            for (int i = 1; i < statements.size(); i++) {
                statements.get(i).bindAll(statement);
                statement.addBatch();
            }
            int[] counts = statement.executeBatch();
            long[] rows = new long[counts.length];
            long total = 0;
            for (int i = 0; i < counts.length; i++) {
                rows[i] = counts[i] >= 0 ? counts[i] : -1;
                total += Math.max(0, counts[i]);
            }
            report(first, total, start, null);
            return rows;
        } catch (SQLException e) {
            failed(lease, first, start, e);
            throw e;
        }
    }

    /**
     * Runs updates of one text as one JDBC batch (or one statement) and reads the columns named in
     * {@code columns} of each changed row through JDBC's generated keys, which both PostgreSQL's and H2's drivers
     * give for updates: the rows come in the order of the statements. Puts each statement's count in {@code counts}.
     */
    <R> List<R> updateReturning(Lease lease, List<Sql> statements, String[] columns, RowReader<R> reader, long[] counts)
            throws SQLException {
        Sql first = statements.get(0);
        long start = System.nanoTime();
        try (PreparedStatement statement = prepare(lease, first, columns)) {
            long total;
            if (statements.size() == 1) {
                total = statement.executeLargeUpdate();
                counts[0] = total;
            } else {
                statement.addBatch();
                for (int i = 1; i < statements.size(); i++) {
                    statements.get(i).bindAll(statement);
                    statement.addBatch();
                }
                int[] each = statement.executeBatch();
                total = 0;
                for (int i = 0; i < each.length; i++) {
                    counts[i] = each[i];
                    total += Math.max(0, each[i]);
                }
            }
            List<R> result = new ArrayList<>();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                while (keys.next()) {
                    result.add(reader.read(keys));
                }
            }
            report(first, total, start, null);
            return result;
        } catch (SQLException e) {
            failed(lease, first, start, e);
            throw e;
        }
    }

    /** Reads each row of a query with {@code reader}. */
    <R> List<R> query(Lease lease, Sql sql, RowReader<R> reader) throws SQLException {
        long start = System.nanoTime();
        try (PreparedStatement statement = prepare(lease, sql, null);
                ResultSet rows = statement.executeQuery()) {
            List<R> result = new ArrayList<>();
            while (rows.next()) {
                result.add(reader.read(rows));
            }
            report(sql, result.size(), start, null);
            return result;
        } catch (SQLException e) {
            failed(lease, sql, start, e);
            throw e;
        }
    }

    /** Reads each row of a query with {@code reader}, keeping nothing: for readers that file each row themselves. */
    void each(Lease lease, Sql sql, RowReader<?> reader) throws SQLException {
        long start = System.nanoTime();
        try (PreparedStatement statement = prepare(lease, sql, null);
                ResultSet rows = statement.executeQuery()) {
            int count = 0;
            while (rows.next()) {
                reader.read(rows);
                count++;
            }
            report(sql, count, start, null);
        } catch (SQLException e) {
            failed(lease, sql, start, e);
            throw e;
        }
    }

    /**
     * Reads the first row of a query with {@code reader}, or returns null when there is none: for lookups by key,
     * which find at most one row, without a list per call.
     */
    <R> R first(Lease lease, Sql sql, RowReader<R> reader) throws SQLException {
        long start = System.nanoTime();
        try (PreparedStatement statement = prepare(lease, sql, null);
                ResultSet rows = statement.executeQuery()) {
            R result = rows.next() ? reader.read(rows) : null;
            report(sql, result == null ? 0 : 1, start, null);
            return result;
        } catch (SQLException e) {
            failed(lease, sql, start, e);
            throw e;
        }
    }

    /**
     * Runs an insert and reads the generated columns of each inserted row: with {@code RETURNING} where the
     * dialect has it, through JDBC's generated keys otherwise.
     */
    <R> List<R> insertReturning(Lease lease, Sql sql, String[] generatedColumns, RowReader<R> reader)
            throws SQLException {
        if (dialect.supportsReturning()) {
            return query(lease, sql, reader);
        }
        long start = System.nanoTime();
        try (PreparedStatement statement = prepare(lease, sql, generatedColumns)) {
            long count = statement.executeLargeUpdate();
            List<R> result = new ArrayList<>();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                while (keys.next()) {
                    result.add(reader.read(keys));
                }
            }
            report(sql, count, start, null);
            return result;
        } catch (SQLException e) {
            failed(lease, sql, start, e);
            throw e;
        }
    }

    /** Runs a statement without values, such as DDL or a savepoint command. */
    void execute(Lease lease, String text) throws SQLException {
        long start = System.nanoTime();
        Sql sql = new Sql().append(text);
        try (Statement statement = lease.connection.createStatement()) {
            statement.execute(text);
            report(sql, 0, start, null);
        } catch (SQLException e) {
            failed(lease, sql, start, e);
            throw e;
        }
    }

    void failed(Lease lease, Sql sql, long start, SQLException e) {
        if (lease.tx != null) {
            lease.tx.markFailed(e);
        }
        report(sql, -1, start, e);
    }

    void report(Sql sql, long rows, long start, SQLException failure) {
        if (!listening && !SQL_LOG.isLoggable(System.Logger.Level.DEBUG)) {
            return;
        }
        Duration duration = Duration.ofNanos(System.nanoTime() - start);
        List<Object> binds = logBinds ? new ArrayList<>(sql.values()) : List.of();
        if (SQL_LOG.isLoggable(System.Logger.Level.DEBUG)) {
            SQL_LOG.log(
                    System.Logger.Level.DEBUG,
                    () -> String.format(
                            "%s [%d binds%s, %s, %.3f ms]%s",
                            sql,
                            sql.bindCount(),
                            logBinds ? " " + binds : "",
                            failure == null ? rows + " rows" : "failed: " + failure.getSQLState(),
                            duration.toNanos() / 1e6,
                            failure == null ? "" : " " + failure.getMessage()));
        }
        try {
            String text = sql.toString();
            listener.onStatement(new StatementEvent(
                    text,
                    binds,
                    sql.bindCount(),
                    rows,
                    duration,
                    Optional.ofNullable(failure),
                    StatementEvent.Operation.of(text),
                    statementModels.of(text)));
        } catch (RuntimeException e) {
            System.getLogger("io.toasty").log(System.Logger.Level.WARNING, "A statement listener failed", e);
        }
    }

    /** Reads one row. */
    interface RowReader<R> {
        R read(ResultSet row) throws SQLException;
    }

    // ---- transactions

    public <R, X extends Exception> R transaction(TransactionOptions options, TransactionWork<R, X> work) throws X {
        Tx outer = session();
        if (outer != null) {
            return outer.nested(options, work);
        }
        Connection connection;
        try {
            connection = dataSource.getConnection();
        } catch (SQLException e) {
            throw dialect.translate(e, null, "beginning a transaction");
        }
        Tx tx = new Tx(this, connection, options);
        try {
            tx.begin();
            current.set(tx);
            R result;
            try {
                result = work.run(tx);
            } catch (Throwable failure) {
                current.remove();
                tx.rollbackQuietly(failure);
                throw failure;
            }
            current.remove();
            tx.finish();
            return result;
        } finally {
            current.remove();
            tx.close();
        }
    }

    /** Checks the deadline of a transaction before a statement. */
    static QueryTimeoutException timedOut(Duration timeout) {
        return new QueryTimeoutException("The transaction ran past its timeout of " + timeout + " and is rolled back");
    }

    static ToastyException readOnlyWrite(Model<?> model, String operation) {
        return new TransactionException(operation + " of " + (model == null ? "?" : model.name())
                + " was refused: the transaction is read-only");
    }
}
