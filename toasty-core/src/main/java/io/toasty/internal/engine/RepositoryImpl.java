package io.toasty.internal.engine;

import io.toasty.InvalidValueException;
import io.toasty.NotFoundException;
import io.toasty.OnConflict;
import io.toasty.OptimisticLockException;
import io.toasty.Query;
import io.toasty.Repository;
import io.toasty.TransactionOptions;
import io.toasty.internal.meta.ClockField;
import io.toasty.internal.meta.FieldMeta;
import io.toasty.internal.meta.ValueKind;
import io.toasty.query.BasicAttribute;
import io.toasty.query.Condition;
import io.toasty.query.Include;
import io.toasty.query.Junction;
import io.toasty.query.RelationAttribute;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The repository of one model: each method checks every value, then runs its statements. */
final class RepositoryImpl<T> implements Repository<T> {
    private final Engine engine;
    private final Model<T> model;

    RepositoryImpl(Engine engine, Model<T> model) {
        this.engine = engine;
        this.model = model;
    }

    @Override
    public Class<T> model() {
        return model.meta.type();
    }

    // ---- insert

    @Override
    public T insert(T object) {
        return insertAll(List.of(model.checkInstance(object, "insert"))).get(0);
    }

    @Override
    public List<T> insertAll(Collection<? extends T> objects) {
        Objects.requireNonNull(objects, "objects");
        if (objects.isEmpty()) {
            return List.of();
        }
        List<T> instances = new ArrayList<>(objects.size());
        for (Object object : objects) {
            instances.add(model.checkInstance(object, "insertAll"));
        }
        engine.writes.beforeInsert(model.meta.type(), Collections.unmodifiableList(instances));
        FieldMeta[] fields = model.fields;
        int count = instances.size();
        Object[][] rows = new Object[count][];
        Object[][] encoded = new Object[count][];
        // whether every generated field of every row takes its default: then the SQL has one shape per row count
        boolean defaults = true;
        // check and encode every value before the first statement
        for (int r = 0; r < count; r++) {
            Object[] values = model.values(instances.get(r));
            Object[] bound = new Object[values.length];
            for (int i = 0; i < values.length; i++) {
                FieldMeta field = fields[i];
                if (model.clockAt(i) != ClockField.NONE) {
                    values[i] = null; // the database's clock sets it
                    bound[i] = null;
                    continue;
                }
                if (field.version()) {
                    values[i] = field.storedKind() == ValueKind.LONG ? (Object) 1L : 1;
                } else if (field.auto() && unset(values[i])) {
                    values[i] = field.databaseGenerated() ? null : UuidV7.next();
                }
                if (field.databaseGenerated() && values[i] == null) {
                    bound[i] = null;
                } else {
                    defaults &= !field.databaseGenerated();
                    bound[i] = model.encode(i, values[i]);
                }
            }
            rows[r] = values;
            encoded[r] = bound;
        }
        int rowsPerStatement = Math.max(1, engine.dialect.maxBindParameters() / fields.length);
        boolean allDefaults = defaults;
        Engine.Work<Object[][]> work = lease -> {
            Object[][] keys = new Object[count][];
            for (int from = 0; from < count; from += rowsPerStatement) {
                insertChunk(lease, encoded, from, Math.min(count, from + rowsPerStatement), allDefaults, keys);
            }
            return keys;
        };
        Object[][] keys = count > rowsPerStatement
                ? engine.atomic(model, "insertAll", work)
                : engine.run(model, count == 1 ? "insert" : "insertAll", true, work);
        List<T> result = new ArrayList<>(count);
        for (int r = 0; r < count; r++) {
            Object[] values = rows[r];
            for (int g = 0; g < model.generated.length; g++) {
                values[model.generatedPositions[g]] = keys[r][g];
            }
            result.add(withValues(instances.get(r), values));
        }
        engine.writes.afterInsert(model.meta.type(), Collections.unmodifiableList(result));
        return result;
    }

    static boolean unset(Object value) {
        return value == null || (value instanceof Number number && number.longValue() == 0);
    }

    /** Inserts rows {@code from} to {@code to} in one statement and puts their generated values into {@code keys}. */
    private void insertChunk(Lease lease, Object[][] encoded, int from, int to, boolean defaults, Object[][] keys)
            throws SQLException {
        FieldMeta[] fields = model.fields;
        int rows = to - from;
        Sql sql;
        if (defaults && rows > 1 && model.arrayInsert != null) {
            sql = Sql.of(model.arrayInsert, fields.length - model.generated.length);
            for (int i = 0; i < fields.length; i++) {
                if (model.boundOnInsert(i)) {
                    ArrayCodec codec = model.arrayCodecAt(i);
                    Object[] column = codec.newArray(rows);
                    for (int r = 0; r < rows; r++) {
                        column[r] = encoded[from + r][i];
                    }
                    sql.value(codec, column);
                }
            }
        } else if (defaults) {
            sql = Sql.of(model.insertWithDefaults(rows), rows * (fields.length - model.generated.length));
            for (int r = from; r < to; r++) {
                Object[] row = encoded[r];
                for (int i = 0; i < row.length; i++) {
                    if (model.boundOnInsert(i)) {
                        sql.value(model.codecAt(i), row[i]);
                    }
                }
            }
        } else {
            sql = new Sql().append(model.insertPrefix());
            for (int r = from; r < to; r++) {
                sql.append(r == from ? "(" : ", (");
                Object[] row = encoded[r];
                for (int i = 0; i < row.length; i++) {
                    if (i > 0) {
                        sql.append(", ");
                    }
                    if (model.clockAt(i) != ClockField.NONE) {
                        sql.append(Model.NOW);
                    } else if (fields[i].databaseGenerated() && row[i] == null) {
                        sql.append("DEFAULT");
                    } else {
                        sql.bind(model.codecAt(i), row[i]);
                    }
                }
                sql.append(')');
            }
            sql.append(model.returning);
        }
        if (model.generated.length == 0) {
            engine.update(lease, sql);
            return;
        }
        List<Object[]> returned = engine.insertReturning(lease, sql, model.generatedColumns, this::generatedValues);
        if (returned.size() != rows) {
            throw new IllegalStateException("the database returned " + returned.size() + " generated keys for " + rows
                    + " inserted rows of " + model.name());
        }
        for (int r = 0; r < rows; r++) {
            keys[from + r] = returned.get(r);
        }
    }

    Object[] generatedValues(ResultSet row) throws SQLException {
        Object[] values = new Object[model.generated.length];
        for (int g = 0; g < values.length; g++) {
            values[g] = model.codecAt(model.generatedPositions[g]).read(row, g + 1);
        }
        return values;
    }

    /** The instance with these field values (by position): itself, updated, for a class; a new one for a record. */
    T withValues(T instance, Object[] values) {
        if (model.meta.isRecord()) {
            return model.create(values);
        }
        FieldMeta[] fields = model.fields;
        for (int i = 0; i < fields.length; i++) {
            if (fields[i].auto() || fields[i].version() || model.clockAt(i) != ClockField.NONE) {
                model.meta.accessor().set(instance, fields[i].accessorIndex(), values[i]);
            }
        }
        return instance;
    }

    // ---- upsert

    @Override
    public T upsert(T object, OnConflict<T> onConflict) {
        List<T> rows = new Upserts<>(engine, model)
                .upsertAll(List.of(model.checkInstance(object, "upsert")), onConflict, "upsert");
        engine.writes.afterUpsert(model.meta.type(), rows);
        return rows.get(0);
    }

    @Override
    public List<T> upsertAll(Collection<? extends T> objects, OnConflict<T> onConflict) {
        Objects.requireNonNull(objects, "objects");
        if (objects.isEmpty()) {
            return List.of();
        }
        List<T> instances = new ArrayList<>(objects.size());
        for (Object object : objects) {
            instances.add(model.checkInstance(object, "upsertAll"));
        }
        List<T> rows = new Upserts<>(engine, model).upsertAll(instances, onConflict, "upsertAll");
        engine.writes.afterUpsert(model.meta.type(), Collections.unmodifiableList(rows));
        return rows;
    }

    // ---- find

    @Override
    public Optional<T> find(Object... key) {
        Sql sql = Sql.of(model.selectByKey, model.keyPositions.length);
        bindKey(sql, key);
        return Optional.ofNullable(engine.run(model, "find", false, lease -> engine.first(lease, sql, model.reader())));
    }

    @Override
    public T get(Object... key) {
        return find(key)
                .orElseThrow(() -> new NotFoundException("No " + model.name() + " has the key " + describeKey(key)));
    }

    @Override
    public boolean existsByKey(Object... key) {
        Sql sql = Sql.of(model.existsByKey, model.keyPositions.length);
        bindKey(sql, key);
        return !engine.run(model, "existsByKey", false, lease -> engine.query(lease, sql, row -> 1))
                .isEmpty();
    }

    /** Binds the key values, checked, to the placeholders of {@code k1 = ? AND k2 = ?}. */
    private void bindKey(Sql sql, Object[] key) {
        List<FieldMeta> keys = model.meta.keys();
        if (key == null || key.length != keys.size()) {
            throw new InvalidValueException(model.name() + " has a key of " + keys.size() + " field(s) "
                    + keys.stream().map(FieldMeta::name).toList() + ", but " + (key == null ? 0 : key.length)
                    + " value(s) were given: " + describeKey(key));
        }
        for (int i = 0; i < key.length; i++) {
            FieldMeta field = keys.get(i);
            sql.value(model.codec(field), model.encodeForComparison(field, model.keyValue(field, key[i])));
        }
    }

    /** Binds the key of an object, from its values by position. */
    void bindKeyOf(Sql sql, Object[] values) {
        Object[] key = new Object[model.keyPositions.length];
        for (int k = 0; k < key.length; k++) {
            key[k] = values[model.keyPositions[k]];
        }
        bindKey(sql, key);
    }

    private static String describeKey(Object[] key) {
        if (key == null) {
            return "null";
        }
        return key.length == 1
                ? Model.describe(key[0])
                : Arrays.stream(key).map(Model::describe).toList().toString();
    }

    // ---- update and delete

    @Override
    public T update(T object) {
        T instance = model.checkInstance(object, "update");
        engine.writes.beforeUpdate(model.meta.type(), instance);
        Object[] values = model.values(instance);
        Sql sql = updateOf(values);
        engine.run(model, "update", true, lease -> {
            if (model.updatedAtPositions.length == 0) {
                if (engine.update(lease, sql) == 0) {
                    throw missing(lease, instance, "update");
                }
                return null;
            }
            long[] counts = new long[1];
            List<Object[]> stamps =
                    engine.updateReturning(lease, List.of(sql), model.updatedAtColumns, this::stamps, counts);
            if (counts[0] == 0 || stamps.isEmpty()) {
                throw missing(lease, instance, "update");
            }
            putStamps(values, stamps.get(0));
            return null;
        });
        T updated = withValues(instance, values);
        engine.writes.afterUpdate(model.meta.type(), List.of(updated));
        return updated;
    }

    @Override
    public List<T> updateAll(Collection<? extends T> objects) {
        Objects.requireNonNull(objects, "objects");
        if (objects.isEmpty()) {
            return List.of();
        }
        List<T> instances = new ArrayList<>(objects.size());
        for (Object object : objects) {
            instances.add(model.checkInstance(object, "updateAll"));
        }
        for (T instance : instances) {
            engine.writes.beforeUpdate(model.meta.type(), instance);
        }
        List<Object[]> rows = new ArrayList<>(instances.size());
        List<Sql> statements = new ArrayList<>(instances.size());
        for (T instance : instances) {
            Object[] values = model.values(instance);
            statements.add(updateOf(values));
            rows.add(values);
        }
        Engine.Work<Void> work = lease -> {
            if (model.updatedAtPositions.length > 0) {
                long[] counts = new long[statements.size()];
                List<Object[]> stamps =
                        engine.updateReturning(lease, statements, model.updatedAtColumns, this::stamps, counts);
                for (int i = 0; i < counts.length; i++) {
                    if (counts[i] == 0) {
                        throw missing(lease, instances.get(i), "updateAll");
                    }
                }
                for (int i = 0; i < stamps.size(); i++) {
                    putStamps(rows.get(i), stamps.get(i));
                }
                return null;
            }
            long[] counts = engine.batch(lease, statements);
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 0) {
                    throw missing(lease, instances.get(i), "updateAll");
                }
            }
            return null;
        };
        if (instances.size() == 1) {
            engine.run(model, "updateAll", true, work);
        } else {
            // atomic even inside a transaction: a missing row or a stale version undoes the updates before it
            engine.transaction(TransactionOptions.defaults(), tx -> engine.run(model, "updateAll", true, work));
        }
        List<T> result = new ArrayList<>(instances.size());
        for (int i = 0; i < instances.size(); i++) {
            result.add(withValues(instances.get(i), rows.get(i)));
        }
        engine.writes.afterUpdate(model.meta.type(), Collections.unmodifiableList(result));
        return result;
    }

    /**
     * The {@code UPDATE} of one object by its key (and version), with every value checked and encoded. Increments
     * the version in {@code values}.
     */
    Sql updateOf(Object[] values) {
        if (model.updateByKey == null) {
            throw new InvalidValueException(model.name() + " has only key fields: there is nothing to update");
        }
        FieldMeta[] fields = model.fields;
        boolean[] unloaded = null;
        if (model.hasDeferred()) {
            for (int i = 0; i < fields.length; i++) {
                if (values[i] == Model.UNLOADED) {
                    unloaded = unloaded == null ? new boolean[fields.length] : unloaded;
                    unloaded[i] = true;
                }
            }
        }
        String text = unloaded == null ? model.updateByKey : model.updateSkipping(unloaded);
        Sql sql = Sql.of(text, fields.length + (model.versionPosition < 0 ? 0 : 1));
        Object currentVersion = model.versionPosition < 0 ? null : values[model.versionPosition];
        for (int i = 0; i < fields.length; i++) {
            FieldMeta field = fields[i];
            if (field.key() || model.clockAt(i) != ClockField.NONE || (unloaded != null && unloaded[i])) {
                continue;
            }
            if (field.version()) {
                values[i] = next(field, versionOf(field, values[i]));
            }
            sql.value(model.codecAt(i), model.encode(i, values[i]));
        }
        bindKeyOf(sql, values);
        if (model.versionPosition >= 0) {
            sql.value(model.codecAt(model.versionPosition), model.encode(model.versionPosition, currentVersion));
        }
        return sql;
    }

    /** The {@code @UpdatedAt} values of one updated row. */
    Object[] stamps(ResultSet row) throws SQLException {
        Object[] values = new Object[model.updatedAtPositions.length];
        for (int s = 0; s < values.length; s++) {
            values[s] = model.codecAt(model.updatedAtPositions[s]).read(row, s + 1);
        }
        return values;
    }

    void putStamps(Object[] values, Object[] stamps) {
        for (int s = 0; s < stamps.length; s++) {
            values[model.updatedAtPositions[s]] = stamps[s];
        }
    }

    @Override
    public boolean delete(T object) {
        T instance = model.checkInstance(object, "delete");
        engine.writes.beforeDelete(model.meta.type(), List.of(instance));
        Sql sql = deleteOf(model.values(instance));
        boolean versioned = model.versionPosition >= 0;
        boolean deleted = engine.run(model, "delete", true, lease -> {
            long changed = engine.update(lease, sql);
            if (changed == 0 && versioned && exists(lease, instance)) {
                throw missing(lease, instance, "delete");
            }
            return changed > 0;
        });
        if (deleted) {
            engine.writes.afterDelete(model.meta.type(), List.of(instance));
        }
        return deleted;
    }

    /** The {@code DELETE} of one object by its key (and version), with its values checked. */
    Sql deleteOf(Object[] values) {
        Sql sql = Sql.of(model.deleteByKeyAndVersion, model.keyPositions.length + 1);
        bindKeyOf(sql, values);
        if (model.versionPosition >= 0) {
            sql.value(
                    model.codecAt(model.versionPosition),
                    model.encode(model.versionPosition, values[model.versionPosition]));
        }
        return sql;
    }

    @Override
    public boolean deleteByKey(Object... key) {
        Sql sql = Sql.of(model.deleteByKey, model.keyPositions.length);
        bindKey(sql, key);
        Condition<T> condition = keyCondition(key);
        engine.writes.beforeSetBasedDelete(model.meta.type(), condition);
        long count = engine.run(model, "deleteByKey", true, lease -> engine.update(lease, sql));
        engine.writes.afterSetBasedDelete(model.meta.type(), condition, count);
        return count > 0;
    }

    /** The condition {@code key = value} (and so on for a composite key), as hooks are told it. */
    private Condition<T> keyCondition(Object[] key) {
        List<Condition<T>> parts = new ArrayList<>();
        List<FieldMeta> keys = model.meta.keys();
        for (int i = 0; i < keys.size(); i++) {
            parts.add(new BasicAttribute<>(model.meta.type(), keys.get(i).name(), Object.class).eq(key[i]));
        }
        return parts.size() == 1 ? parts.get(0) : new Junction<>(Junction.Kind.AND, parts);
    }

    boolean exists(Lease lease, T instance) throws SQLException {
        Sql sql = Sql.of(model.existsByKey, model.keyPositions.length);
        bindKeyOf(sql, model.values(instance));
        return !engine.query(lease, sql, row -> 1).isEmpty();
    }

    /** Why a write by key touched no row: the row is gone, or its version moved on. */
    RuntimeException missing(Lease lease, T instance, String operation) throws SQLException {
        Object[] key = keyOf(instance);
        Optional<FieldMeta> version = model.meta.version();
        if (version.isPresent() && exists(lease, instance)) {
            return new OptimisticLockException(operation + " of " + model.name() + " " + describeKey(key)
                    + " failed: the row was changed since this object was read (its version is no longer "
                    + model.meta.get(instance, version.get()) + "); read it again and reapply the change");
        }
        return new NotFoundException(
                operation + " of " + model.name() + " " + describeKey(key) + " failed: no row has that key");
    }

    private Object[] keyOf(T instance) {
        return model.meta.keys().stream().map(k -> model.meta.get(instance, k)).toArray();
    }

    private static long versionOf(FieldMeta field, Object value) {
        if (value == null) {
            throw new InvalidValueException(field.qualifiedName() + " is null: an object read from the database or"
                    + " returned by insert has its version; update that object");
        }
        return ((Number) value).longValue();
    }

    private static Object next(FieldMeta field, long current) {
        return field.storedKind() == ValueKind.LONG ? (Object) (current + 1) : (int) current + 1;
    }

    // ---- queries

    @Override
    public Query<T> query() {
        return new QueryImpl<>(engine, model);
    }

    @Override
    public Query<T> where(Condition<T> condition) {
        return query().where(condition);
    }

    @Override
    public long count() {
        return query().count();
    }

    // ---- relations and soft delete

    @Override
    public <R> void load(Collection<? extends T> objects, RelationAttribute<T, R> relation) {
        Objects.requireNonNull(relation, "relation");
        load(objects, Include.of(relation));
    }

    @Override
    public void load(Collection<? extends T> objects, Include<T, ?> include) {
        Objects.requireNonNull(objects, "objects");
        Objects.requireNonNull(include, "include");
        Preloader.check(model, include, List.of());
        List<T> instances = new ArrayList<>(objects.size());
        for (Object object : objects) {
            instances.add(model.checkInstance(object, "load"));
        }
        if (instances.isEmpty()) {
            return;
        }
        Preloader preloader = new Preloader(engine);
        engine.run(model, "load", false, lease -> {
            preloader.load(lease, model, instances, include);
            return null;
        });
    }

    @Override
    public <R> boolean link(T object, RelationAttribute<T, R> relation, R target) {
        Objects.requireNonNull(relation, "relation");
        return new Linker(engine).link(model, object, relation, target, true);
    }

    @Override
    public <R> boolean unlink(T object, RelationAttribute<T, R> relation, R target) {
        Objects.requireNonNull(relation, "relation");
        return new Linker(engine).link(model, object, relation, target, false);
    }

    @Override
    public boolean hardDelete(T object) {
        T instance = model.checkInstance(object, "hardDelete");
        engine.writes.beforeDelete(model.meta.type(), List.of(instance));
        Sql sql = Sql.of(model.hardDeleteByKey, model.keyPositions.length);
        bindKeyOf(sql, model.values(instance));
        boolean deleted = engine.run(model, "hardDelete", true, lease -> engine.update(lease, sql)) > 0;
        if (deleted) {
            engine.writes.afterDelete(model.meta.type(), List.of(instance));
        }
        return deleted;
    }

    @Override
    public boolean hardDeleteByKey(Object... key) {
        Sql sql = Sql.of(model.hardDeleteByKey, model.keyPositions.length);
        bindKey(sql, key);
        Condition<T> condition = keyCondition(key);
        engine.writes.beforeSetBasedDelete(model.meta.type(), condition);
        long count = engine.run(model, "hardDeleteByKey", true, lease -> engine.update(lease, sql));
        engine.writes.afterSetBasedDelete(model.meta.type(), condition, count);
        return count > 0;
    }
}
