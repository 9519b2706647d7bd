package io.toasty;

import io.toasty.internal.dialect.Dialect;
import io.toasty.internal.dialect.Dialects;
import io.toasty.internal.engine.Engine;
import io.toasty.internal.meta.ModelMeta;
import io.toasty.internal.meta.ModelReader;
import io.toasty.spi.StatementListener;
import io.toasty.spi.TransactionIntegration;
import io.toasty.spi.WriteListener;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The entry point: one per database, built from a {@link DataSource} and the application's models, and shared by
 * the whole application. Thread-safe.
 *
 * <pre>{@code
 * Toasty toasty = Toasty.builder(dataSource).models(User.class, Post.class).build();
 * Repository<User> users = toasty.repository(User.class);
 * toasty.transaction(tx -> users.insert(new User("ada@example.com", "Ada")));
 * }</pre>
 *
 * <p>The dialect is detected from the database when the instance is built, and every model is checked then:
 * a model that cannot be mapped fails {@link Builder#build()}, not its first use.
 */
public final class Toasty {
    private final Engine engine;

    private Toasty(Engine engine) {
        this.engine = engine;
    }

    /** Starts building a Toasty over {@code dataSource}, which should be a connection pool. */
    public static Builder builder(DataSource dataSource) {
        return new Builder(dataSource);
    }

    /**
     * The repository of {@code model}.
     *
     * @throws MappingException when {@code model} is not one of this Toasty's models
     */
    public <T> Repository<T> repository(Class<T> model) {
        Objects.requireNonNull(model, "model");
        return engine.repository(model);
    }

    /**
     * Runs several writes, of any models, all or nothing and in as few round trips as the database allows: one on
     * PostgreSQL, which takes the statements in one message; one statement each on H2, which runs in process.
     *
     * <pre>{@code
     * BatchResult result = toasty.batch(batch -> {
     *     batch.insert(new Author("Ada"));
     *     batch.update(post);
     *     batch.delete(comment);
     * });
     * }</pre>
     *
     * @throws InvalidValueException before any SQL, when an object is null or its values are invalid
     * @throws NotFoundException when an updated object's row is gone; nothing of the batch remains
     * @throws OptimisticLockException when an updated or deleted object's version is stale; nothing remains
     */
    public BatchResult batch(java.util.function.Consumer<Batch> writes) {
        return io.toasty.internal.engine.Batches.run(engine, writes);
    }

    /**
     * A statement of hand-written SQL with its positional ({@code ?}) values; see {@link RawQuery}. Toasty quotes
     * every identifier it creates, so on H2 (which folds unquoted names to upper case) write table and column names
     * quoted and in lower case: {@code SELECT "name" FROM "people"}.
     */
    public RawQuery sql(String sql, Object... values) {
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(values, "values");
        return engine.raw(sql, java.util.Arrays.asList(values));
    }

    /** Creates, drops and validates the tables of the models. */
    public Schema schema() {
        return engine.schema();
    }

    /** The name of the database this Toasty talks to: {@code PostgreSQL} or {@code H2}. */
    public String database() {
        return engine.dialect().name();
    }

    /**
     * Runs {@code work} in a transaction with default options and returns its result; see
     * {@link #transaction(TransactionOptions, TransactionWork)}.
     */
    public <R, X extends Exception> R transaction(TransactionWork<R, X> work) throws X {
        return transaction(TransactionOptions.defaults(), work);
    }

    /**
     * Runs {@code work} in a transaction: commits when it returns, rolls back when it throws (and rethrows).
     * Every repository call the work makes on this thread joins the transaction.
     *
     * <p>Called inside another transaction of this Toasty, it runs in a savepoint of that transaction instead: if
     * the work throws, only its own writes are rolled back. Its options must then agree with the outer
     * transaction's isolation level; read-only and timeout apply to the nested work.
     *
     * @throws TransactionException when a statement failed and the work caught its exception: the transaction
     *     was rolled back, not committed
     */
    public <R, X extends Exception> R transaction(TransactionOptions options, TransactionWork<R, X> work) throws X {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(work, "work");
        return engine.transaction(options, work);
    }

    /** Runs {@code work}, which returns nothing, in a transaction with default options. */
    public <X extends Exception> void useTransaction(TransactionAction<X> work) throws X {
        useTransaction(TransactionOptions.defaults(), work);
    }

    /** Runs {@code work}, which returns nothing, in a transaction; see {@link #transaction(TransactionOptions, TransactionWork)}. */
    public <X extends Exception> void useTransaction(TransactionOptions options, TransactionAction<X> work) throws X {
        Objects.requireNonNull(work, "work");
        transaction(options, tx -> {
            work.run(tx);
            return null;
        });
    }

    /** Builds a {@link Toasty}. Used once; {@link #build()} checks everything. */
    public static final class Builder {
        private final DataSource dataSource;
        private final Set<Class<?>> models = new LinkedHashSet<>();
        private final List<StatementListener> listeners = new ArrayList<>();
        private final List<WriteListener> writeListeners = new ArrayList<>();
        private TransactionIntegration transactions = TransactionIntegration.none();
        private boolean logBindValues;
        private byte[] cursorKey;
        private boolean built;

        private Builder(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        }

        /** Adds models: classes or records annotated with {@link io.toasty.model.Model}. */
        public Builder models(Class<?>... types) {
            for (Class<?> type : types) {
                models.add(Objects.requireNonNull(type, "model"));
            }
            return this;
        }

        /** Adds models. */
        public Builder models(Iterable<Class<?>> types) {
            types.forEach(this::models);
            return this;
        }

        /** Adds a listener that sees every statement, after it ran. */
        public Builder statementListener(StatementListener listener) {
            listeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /**
         * Adds a listener that sees every write before its SQL and may refuse it, such as Bean Validation. Listeners
         * run in the order they were added.
         */
        public Builder writeListener(WriteListener listener) {
            writeListeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /**
         * Joins transactions managed outside Toasty, such as JTA ones; see {@link TransactionIntegration}. Without
         * it, calls outside {@link Toasty#transaction} run in autocommit.
         */
        public Builder transactionIntegration(TransactionIntegration integration) {
            this.transactions = Objects.requireNonNull(integration, "integration");
            return this;
        }

        /**
         * Whether bound values appear in the SQL log and in {@link io.toasty.spi.StatementEvent#binds()}. Off by
         * default: values may be personal data.
         */
        public Builder logBindValues(boolean enabled) {
            this.logBindValues = enabled;
            return this;
        }

        /**
         * The secret key that signs pagination cursors (see {@link Query#page(int)}), at least 16 bytes. Without it
         * each Toasty signs with a random key of its own, so cursors do not survive a restart and are refused by
         * other instances of the application: set the same key everywhere for cursors that last.
         */
        public Builder cursorKey(byte[] key) {
            Objects.requireNonNull(key, "key");
            if (key.length < 16) {
                throw new IllegalArgumentException("A cursor key needs at least 16 bytes, not " + key.length);
            }
            this.cursorKey = key.clone();
            return this;
        }

        /**
         * Connects once to detect the database, checks every model, and builds the Toasty.
         *
         * @throws MappingException listing the problems of every model that cannot be mapped
         * @throws UnsupportedFeatureException when the database has no dialect
         */
        public Toasty build() {
            if (built) {
                throw new IllegalStateException("This builder was already used; start a new one");
            }
            built = true;
            if (models.isEmpty()) {
                throw new MappingException("No models were given: add them with models(User.class, ...)");
            }
            List<ModelMeta<?>> metas = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            for (Class<?> type : models) {
                try {
                    metas.add(ModelReader.read(type));
                } catch (MappingException e) {
                    problems.add(e.getMessage());
                }
            }
            if (!problems.isEmpty()) {
                throw new MappingException(String.join("\n", problems));
            }
            checkTables(metas);
            Dialect dialect;
            try (Connection connection = dataSource.getConnection()) {
                dialect = Dialects.forProduct(connection.getMetaData().getDatabaseProductName());
            } catch (SQLException e) {
                throw new ToastyException("Cannot connect to the database to detect its dialect: " + e.getMessage(), e);
            }
            List<StatementListener> all = List.copyOf(listeners);
            StatementListener listener =
                    all.isEmpty() ? StatementListener.none() : event -> all.forEach(l -> l.onStatement(event));
            for (ModelMeta<?> meta : metas) {
                if (!meta.hasGeneratedAccessor()) {
                    System.getLogger("io.toasty")
                            .log(
                                    System.Logger.Level.INFO,
                                    "{0} was compiled without the Toasty annotation processor: its fields are read by"
                                            + " reflection",
                                    meta.type().getName());
                }
            }
            List<WriteListener> writes = List.copyOf(writeListeners);
            WriteListener write = io.toasty.internal.engine.WriteListeners.of(writes);
            Engine engine = new Engine(
                    new Engine.Settings(dataSource, dialect, metas, listener, logBindValues, transactions, write));
            if (cursorKey != null) {
                engine.cursorKey(cursorKey);
            }
            return new Toasty(engine);
        }

        private static void checkTables(List<ModelMeta<?>> metas) {
            java.util.Map<String, ModelMeta<?>> tables = new java.util.HashMap<>();
            for (ModelMeta<?> meta : metas) {
                if (meta.inheritance() != null && meta.inheritance().subclass()) {
                    continue; // stored in the table of its hierarchy's base
                }
                ModelMeta<?> other = tables.putIfAbsent(meta.table().toLowerCase(java.util.Locale.ROOT), meta);
                if (other != null) {
                    throw new MappingException(
                            meta.type().getName() + " and " + other.type().getName()
                                    + " are both stored in table " + meta.table() + ": give one another table with"
                                    + " @Model(table = ...)");
                }
            }
        }
    }
}
