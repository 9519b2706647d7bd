package io.toasty.internal.engine;

import io.toasty.InvalidValueException;
import io.toasty.NotFoundException;
import io.toasty.OptimisticLockException;
import io.toasty.Query;
import io.toasty.Repository;
import io.toasty.internal.meta.FieldMeta;
import io.toasty.query.Condition;
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
        List<FieldMeta> fields = model.meta.fields();
        List<T> instances = new ArrayList<>(objects.size());
        for (Object object : objects) {
            instances.add(model.checkInstance(object, "insertAll"));
        }
        engine.writes.beforeInsert(model.meta.type(), Collections.unmodifiableList(instances));
        List<Object[]> rows = new ArrayList<>(objects.size());
        for (T instance : instances) {
            Object[] values = model.values(instance);
            for (int i = 0; i < values.length; i++) {
                FieldMeta field = fields.get(i);
                if (field.version()) {
                    values[i] = field.storedKind() == io.toasty.internal.meta.ValueKind.LONG ? (Object) 1L : 1;
                } else if (field.auto() && unset(values[i])) {
                    values[i] = field.databaseGenerated() ? null : UuidV7.next();
                }
            }
            rows.add(values);
        }
        // check and encode every value before the first statement
        List<Object[]> encoded = new ArrayList<>(rows.size());
        for (Object[] values : rows) {
            Object[] bound = new Object[values.length];
            for (int i = 0; i < values.length; i++) {
                FieldMeta field = fields.get(i);
                bound[i] = field.databaseGenerated() && values[i] == null ? null : model.encode(field, values[i]);
            }
            encoded.add(bound);
        }
        List<FieldMeta> generated =
                fields.stream().filter(FieldMeta::databaseGenerated).toList();
        int perRow = fields.size();
        int rowsPerStatement = Math.max(1, engine.dialect.maxBindParameters() / perRow);
        Engine.Work<List<Object[]>> work = lease -> {
            List<Object[]> keys = new ArrayList<>(rows.size());
            for (int from = 0; from < encoded.size(); from += rowsPerStatement) {
                List<Object[]> chunk = encoded.subList(from, Math.min(encoded.size(), from + rowsPerStatement));
                keys.addAll(insertChunk(lease, chunk, generated));
            }
            return keys;
        };
        List<Object[]> keys = encoded.size() > rowsPerStatement
                ? engine.atomic(model, "insertAll", work)
                : engine.run(model, objects.size() == 1 ? "insert" : "insertAll", true, work);
        List<T> result = new ArrayList<>(instances.size());
        for (int r = 0; r < instances.size(); r++) {
            Object[] values = rows.get(r);
            for (int g = 0; g < generated.size(); g++) {
                values[fields.indexOf(generated.get(g))] = keys.get(r)[g];
            }
            result.add(withValues(instances.get(r), values));
        }
        return result;
    }

    private static boolean unset(Object value) {
        return value == null || (value instanceof Number number && number.longValue() == 0);
    }

    private List<Object[]> insertChunk(Lease lease, List<Object[]> chunk, List<FieldMeta> generated)
            throws SQLException {
        List<FieldMeta> fields = model.meta.fields();
        Sql sql = new Sql()
                .append("INSERT INTO ")
                .append(model.table)
                .append(" (")
                .append(model.selectColumns);
        sql.append(") VALUES ");
        for (int r = 0; r < chunk.size(); r++) {
            sql.append(r == 0 ? "(" : ", (");
            Object[] row = chunk.get(r);
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    sql.append(", ");
                }
                FieldMeta field = fields.get(i);
                if (field.databaseGenerated() && row[i] == null) {
                    sql.append("DEFAULT");
                } else {
                    sql.bind(model.codec(field), row[i]);
                }
            }
            sql.append(')');
        }
        if (generated.isEmpty()) {
            engine.update(lease, sql);
            return chunk.stream().map(row -> new Object[0]).toList();
        }
        String[] columns = generated.stream().map(FieldMeta::column).toArray(String[]::new);
        if (engine.dialect.supportsReturning()) {
            sql.append(" RETURNING ");
            sql.append(String.join(", ", generated.stream().map(model::column).toList()));
        }
        List<Object[]> keys = engine.insertReturning(lease, sql, columns, row -> {
            Object[] values = new Object[generated.size()];
            for (int g = 0; g < values.length; g++) {
                values[g] = model.codec(generated.get(g)).read(row, g + 1);
            }
            return values;
        });
        if (keys.size() != chunk.size()) {
            throw new IllegalStateException("the database returned " + keys.size() + " generated keys for "
                    + chunk.size() + " inserted rows of " + model.name());
        }
        return keys;
    }

    /** The instance with these field values: itself, updated, for a class; a new one for a record. */
    private T withValues(T instance, Object[] values) {
        if (model.meta.isRecord()) {
            return model.create(values);
        }
        List<FieldMeta> fields = model.meta.fields();
        for (FieldMeta field : fields) {
            if (field.auto() || field.version()) {
                model.meta.accessor().set(instance, field.accessorIndex(), values[fields.indexOf(field)]);
            }
        }
        return instance;
    }

    // ---- find

    @Override
    public Optional<T> find(Object... key) {
        Sql sql = new Sql()
                .append("SELECT ")
                .append(model.selectColumns)
                .append(" FROM ")
                .append(model.table);
        sql.append(" WHERE ");
        bindKey(sql, key);
        List<T> found = engine.run(model, "find", false, lease -> engine.query(lease, sql, model::read));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    @Override
    public T get(Object... key) {
        return find(key)
                .orElseThrow(() -> new NotFoundException("No " + model.name() + " has the key " + describeKey(key)));
    }

    @Override
    public boolean existsByKey(Object... key) {
        Sql sql = new Sql().append("SELECT 1 FROM ").append(model.table).append(" WHERE ");
        bindKey(sql, key);
        return !engine.run(model, "existsByKey", false, lease -> engine.query(lease, sql, row -> 1))
                .isEmpty();
    }

    /** Appends {@code k1 = ? AND k2 = ?} with the key values, checked. */
    private void bindKey(Sql sql, Object[] key) {
        List<FieldMeta> keys = model.meta.keys();
        if (key == null || key.length != keys.size()) {
            throw new InvalidValueException(model.name() + " has a key of " + keys.size() + " field(s) "
                    + keys.stream().map(FieldMeta::name).toList() + ", but " + (key == null ? 0 : key.length)
                    + " value(s) were given: " + describeKey(key));
        }
        for (int i = 0; i < keys.size(); i++) {
            FieldMeta field = keys.get(i);
            if (i > 0) {
                sql.append(" AND ");
            }
            sql.append(model.column(field)).append(" = ");
            sql.bind(model.codec(field), model.encodeForComparison(field, model.keyValue(field, key[i])));
        }
    }

    private void bindKeyOf(Sql sql, Object[] values) {
        List<FieldMeta> fields = model.meta.fields();
        Object[] key =
                model.meta.keys().stream().map(k -> values[fields.indexOf(k)]).toArray();
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
        List<FieldMeta> fields = model.meta.fields();
        Object[] values = model.values(instance);
        Optional<FieldMeta> version = model.meta.version();
        Sql sql = new Sql().append("UPDATE ").append(model.table).append(" SET ");
        boolean first = true;
        for (int i = 0; i < values.length; i++) {
            FieldMeta field = fields.get(i);
            if (field.key()) {
                continue;
            }
            sql.append(first ? "" : ", ").append(model.column(field)).append(" = ");
            first = false;
            if (field.version()) {
                long current = versionOf(field, values[i]);
                values[i] = next(field, current);
                sql.bind(model.codec(field), model.encode(field, values[i]));
            } else {
                sql.bind(model.codec(field), model.encode(field, values[i]));
            }
        }
        if (first) {
            throw new InvalidValueException(model.name() + " has only key fields: there is nothing to update");
        }
        sql.append(" WHERE ");
        bindKeyOf(sql, model.values(instance));
        if (version.isPresent()) {
            FieldMeta field = version.get();
            Object current = model.meta.get(instance, field);
            sql.append(" AND ").append(model.column(field)).append(" = ");
            sql.bind(model.codec(field), model.encode(field, current));
        }
        engine.run(model, "update", true, lease -> {
            if (engine.update(lease, sql) == 0) {
                throw missing(lease, instance, "update");
            }
            return null;
        });
        return withValues(instance, values);
    }

    @Override
    public boolean delete(T object) {
        T instance = model.checkInstance(object, "delete");
        Sql sql = new Sql().append("DELETE FROM ").append(model.table).append(" WHERE ");
        bindKeyOf(sql, model.values(instance));
        Optional<FieldMeta> version = model.meta.version();
        if (version.isPresent()) {
            FieldMeta field = version.get();
            sql.append(" AND ").append(model.column(field)).append(" = ");
            sql.bind(model.codec(field), model.encode(field, model.meta.get(instance, field)));
        }
        return engine.run(model, "delete", true, lease -> {
            long changed = engine.update(lease, sql);
            if (changed == 0 && version.isPresent() && exists(lease, instance)) {
                throw missing(lease, instance, "delete");
            }
            return changed > 0;
        });
    }

    @Override
    public boolean deleteByKey(Object... key) {
        Sql sql = new Sql().append("DELETE FROM ").append(model.table).append(" WHERE ");
        bindKey(sql, key);
        return engine.run(model, "deleteByKey", true, lease -> engine.update(lease, sql)) > 0;
    }

    private boolean exists(Lease lease, T instance) throws SQLException {
        Sql sql = new Sql().append("SELECT 1 FROM ").append(model.table).append(" WHERE ");
        bindKeyOf(sql, model.values(instance));
        return !engine.query(lease, sql, row -> 1).isEmpty();
    }

    /** Why a write by key touched no row: the row is gone, or its version moved on. */
    private RuntimeException missing(Lease lease, T instance, String operation) throws SQLException {
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
        return field.storedKind() == io.toasty.internal.meta.ValueKind.LONG
                ? (Object) (current + 1)
                : (int) current + 1;
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
}
