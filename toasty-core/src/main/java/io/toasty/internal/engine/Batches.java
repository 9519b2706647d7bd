package io.toasty.internal.engine;

import io.toasty.Batch;
import io.toasty.BatchResult;
import io.toasty.InvalidValueException;
import io.toasty.TransactionOptions;
import io.toasty.internal.meta.ClockField;
import io.toasty.internal.meta.FieldMeta;
import io.toasty.internal.meta.ValueKind;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Atomic batches of different writes: every object is checked and every statement rendered before the first is
 * sent; then all run in one transaction, as one text where the dialect takes several statements at once.
 */
public final class Batches {
    private Batches() {}

    private enum Kind {
        INSERT,
        UPDATE,
        DELETE
    }

    /** One write: its object, the statement with its values, and what the statement returns. */
    private static final class Write<T> {
        final Kind kind;
        final RepositoryImpl<T> repository;
        final Model<T> model;
        final T instance;
        Object[] values;
        Sql sql;
        /** The columns the statement returns (generated on insert, {@code @UpdatedAt} on update), or empty. */
        String[] returned = new String[0];

        long count;
        Object[] returnedValues;

        Write(Kind kind, Engine engine, Model<T> model, Object object) {
            this.kind = kind;
            this.model = model;
            this.repository = new RepositoryImpl<>(engine, model);
            this.instance = model.checkInstance(object, "batch " + kind.name().toLowerCase(java.util.Locale.ROOT));
            this.values = model.values(instance);
        }

        Object[] readReturned(ResultSet row) throws SQLException {
            return kind == Kind.INSERT ? repository.generatedValues(row) : repository.stamps(row);
        }
    }

    private static final class Collector implements Batch {
        private final Engine engine;
        private final List<Write<?>> writes = new ArrayList<>();
        private boolean closed;

        Collector(Engine engine) {
            this.engine = engine;
        }

        private int add(Kind kind, Object object) {
            if (closed) {
                throw new IllegalStateException(
                        "This batch already ran: add writes inside the function given to" + " Toasty.batch");
            }
            if (object == null) {
                throw new InvalidValueException("batch " + kind.name().toLowerCase(java.util.Locale.ROOT)
                        + " was given null (write " + writes.size() + ")");
            }
            writes.add(new Write<>(kind, engine, engine.model(object.getClass()), object));
            return writes.size() - 1;
        }

        @Override
        public int insert(Object object) {
            return add(Kind.INSERT, object);
        }

        @Override
        public int update(Object object) {
            return add(Kind.UPDATE, object);
        }

        @Override
        public int delete(Object object) {
            return add(Kind.DELETE, object);
        }
    }

    /** Runs the writes {@code collect} adds, all or nothing. */
    public static BatchResult run(Engine engine, Consumer<Batch> collect) {
        Objects.requireNonNull(collect, "writes");
        Collector collector = new Collector(engine);
        try {
            collect.accept(collector);
        } finally {
            collector.closed = true;
        }
        List<Write<?>> writes = collector.writes;
        if (writes.isEmpty()) {
            return new BatchResult(List.of());
        }
        for (Write<?> write : writes) {
            before(engine, write);
        }
        for (Write<?> write : writes) {
            prepare(engine, write);
        }
        Model<?> first = writes.get(0).model;
        List<Object> results = engine.transaction(
                TransactionOptions.defaults(),
                tx -> engine.run(first, "batch", true, lease -> {
                    if (engine.dialect.runsStatementsTogether() && writes.size() > 1) {
                        runTogether(engine, lease, writes);
                    } else {
                        for (Write<?> write : writes) {
                            runAlone(engine, lease, write);
                        }
                    }
                    List<Object> done = new ArrayList<>(writes.size());
                    for (Write<?> write : writes) {
                        done.add(finish(lease, write));
                    }
                    for (int i = 0; i < writes.size(); i++) {
                        after(engine, writes.get(i), done.get(i));
                    }
                    return done;
                }));
        return new BatchResult(results);
    }

    private static <T> void before(Engine engine, Write<T> write) {
        Class<T> type = write.model.meta.type();
        switch (write.kind) {
            case INSERT -> engine.writes.beforeInsert(type, List.of(write.instance));
            case UPDATE -> engine.writes.beforeUpdate(type, write.instance);
            case DELETE -> engine.writes.beforeDelete(type, List.of(write.instance));
        }
    }

    private static <T> void after(Engine engine, Write<T> write, Object result) {
        Class<T> type = write.model.meta.type();
        switch (write.kind) {
            case INSERT -> engine.writes.afterInsert(type, List.of(result));
            case UPDATE -> engine.writes.afterUpdate(type, List.of(result));
            case DELETE -> {
                if (Boolean.TRUE.equals(result)) {
                    engine.writes.afterDelete(type, List.of(write.instance));
                }
            }
        }
    }

    /** Checks and encodes the write's values into its statement. */
    private static <T> void prepare(Engine engine, Write<T> write) {
        Model<T> model = write.model;
        // read again: a before hook may have set fields since the write was added
        write.values = model.values(write.instance);
        switch (write.kind) {
            case INSERT -> {
                FieldMeta[] fields = model.fields;
                Object[] values = write.values;
                Sql sql = new Sql().append(model.insertPrefix()).append('(');
                for (int i = 0; i < fields.length; i++) {
                    FieldMeta field = fields[i];
                    sql.append(i == 0 ? "" : ", ");
                    if (model.clockAt(i) != ClockField.NONE) {
                        values[i] = null;
                        sql.append(Model.NOW);
                        continue;
                    }
                    if (field.version()) {
                        values[i] = field.storedKind() == ValueKind.LONG ? (Object) 1L : 1;
                    } else if (field.auto() && RepositoryImpl.unset(values[i])) {
                        values[i] = field.databaseGenerated() ? null : UuidV7.next();
                    }
                    if (field.databaseGenerated() && values[i] == null) {
                        sql.append("DEFAULT");
                    } else {
                        sql.bind(model.codecAt(i), model.encode(i, values[i]));
                    }
                }
                write.sql = sql.append(')');
                write.returned = model.generatedColumns;
            }
            case UPDATE -> {
                write.sql = write.repository.updateOf(write.values);
                write.returned = model.updatedAtColumns;
            }
            case DELETE -> write.sql = write.repository.deleteOf(write.values);
        }
    }

    /** One statement for the write, with its returned columns read through JDBC's generated keys. */
    private static void runAlone(Engine engine, Lease lease, Write<?> write) throws SQLException {
        if (write.returned.length == 0) {
            write.count = engine.update(lease, write.sql);
            return;
        }
        long[] counts = new long[1];
        List<Object[]> rows =
                engine.updateReturning(lease, List.of(write.sql), write.returned, write::readReturned, counts);
        write.count = counts[0];
        write.returnedValues = rows.isEmpty() ? null : rows.get(0);
    }

    /** All writes as one text of statements, each returning its columns with {@code RETURNING}: one round trip. */
    private static void runTogether(Engine engine, Lease lease, List<Write<?>> writes) throws SQLException {
        Sql all = new Sql();
        for (int i = 0; i < writes.size(); i++) {
            Write<?> write = writes.get(i);
            all.append(i == 0 ? "" : ";\n");
            write.sql.appendTo(all);
            if (write.returned.length > 0) {
                all.append(Arrays.stream(write.returned)
                        .map(engine.dialect::quote)
                        .collect(java.util.stream.Collectors.joining(", ", " RETURNING ", "")));
            }
        }
        long start = System.nanoTime();
        long total = 0;
        try (PreparedStatement statement = engine.prepare(lease, all, null)) {
            boolean rows = statement.execute();
            for (Write<?> write : writes) {
                if (rows) {
                    try (ResultSet result = statement.getResultSet()) {
                        while (result.next()) {
                            write.returnedValues = write.readReturned(result);
                            write.count++;
                        }
                    }
                } else {
                    write.count = statement.getUpdateCount();
                }
                total += Math.max(0, write.count);
                rows = statement.getMoreResults();
            }
            engine.report(all, total, start, null);
        } catch (SQLException e) {
            engine.failed(lease, all, start, e);
            throw e;
        }
    }

    /** Checks the write's count and builds its result; throws to roll the batch back. */
    private static <T> Object finish(Lease lease, Write<T> write) throws SQLException {
        Model<T> model = write.model;
        switch (write.kind) {
            case INSERT -> {
                if (write.returned.length > 0) {
                    if (write.returnedValues == null) {
                        throw new IllegalStateException(
                                "the database returned no generated values for an insert of " + model.name());
                    }
                    for (int g = 0; g < model.generated.length; g++) {
                        write.values[model.generatedPositions[g]] = write.returnedValues[g];
                    }
                }
                return write.repository.withValues(write.instance, write.values);
            }
            case UPDATE -> {
                if (write.count == 0) {
                    throw write.repository.missing(lease, write.instance, "batch update");
                }
                if (write.returnedValues != null) {
                    write.repository.putStamps(write.values, write.returnedValues);
                }
                return write.repository.withValues(write.instance, write.values);
            }
            case DELETE -> {
                if (write.count == 0 && model.versionPosition >= 0 && write.repository.exists(lease, write.instance)) {
                    throw write.repository.missing(lease, write.instance, "batch delete");
                }
                return write.count > 0;
            }
        }
        throw new IllegalStateException("unknown write " + write.kind);
    }
}
