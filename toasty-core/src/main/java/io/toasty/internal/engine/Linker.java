package io.toasty.internal.engine;

import io.toasty.InvalidValueException;
import io.toasty.internal.meta.FieldMeta;
import io.toasty.internal.meta.RelationSpec.Kind;
import io.toasty.query.RelationAttribute;
import io.toasty.spi.ModelAccessor;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * Links and unlinks related objects with one explicit statement each: the foreign key of a belongs-to or has-many
 * written in its row, or a join row inserted or deleted. Every key is checked before the statement.
 */
final class Linker {
    private final Engine engine;

    Linker(Engine engine) {
        this.engine = engine;
    }

    boolean link(Model<?> model, Object object, RelationAttribute<?, ?> relation, Object target, boolean link) {
        RelationLink resolved = RelationRenderer.link(model, relation);
        String operation = (link ? "link" : "unlink") + " of " + resolved;
        Object owner = model.checkInstance(object, operation);
        Object related = resolved.target.checkInstance(target, operation);
        if (resolved.isThrough()) {
            RelationLink toJoin = resolved.first;
            RelationLink toTarget = resolved.second;
            Object[] ownerKey = key(model, owner, toJoin.inverse.referenced, operation);
            Object[] targetKey = key(resolved.target, related, toTarget.referenced, operation);
            return link
                    ? insertJoin(toJoin, toTarget, ownerKey, targetKey)
                    : deleteJoin(toJoin, toTarget, ownerKey, targetKey, operation);
        }
        if (resolved.kind() == Kind.BELONGS_TO) {
            Object[] targetKey = key(resolved.target, related, resolved.referenced, operation);
            return setForeignKey(model, owner, resolved.foreign, targetKey, link, operation);
        }
        Object[] ownerKey = key(model, owner, resolved.inverse.referenced, operation);
        return setForeignKey(resolved.target, related, resolved.inverse.foreign, ownerKey, link, operation);
    }

    /**
     * {@code UPDATE <table> SET <fk> = ? WHERE <key> = ?}; to unlink, {@code SET <fk> = NULL WHERE <key> = ? AND <fk>
     * = ?}. The object's foreign-key fields are set too, for a class.
     */
    private boolean setForeignKey(
            Model<?> model, Object object, FieldMeta[] foreign, Object[] value, boolean link, String operation) {
        Object[] key = key(model, object, model.meta.keys().toArray(FieldMeta[]::new), operation);
        if (!link) {
            for (FieldMeta field : foreign) {
                if (!field.nullable()) {
                    throw new InvalidValueException(operation + " is refused: " + field.qualifiedName()
                            + " is not nullable, so a " + model.name() + " cannot be unlinked; delete it, or link it"
                            + " to another object");
                }
            }
        }
        Map<String, Object> assigned = new HashMap<>();
        Sql sql = new Sql().append("UPDATE ").append(model.table).append(" SET ");
        for (int i = 0; i < foreign.length; i++) {
            sql.append(i > 0 ? ", " : "").append(model.column(foreign[i])).append(" = ");
            Object assignedValue = link ? value[i] : null;
            sql.bind(model.codec(foreign[i]), model.encode(foreign[i], assignedValue));
            assigned.put(foreign[i].name(), assignedValue);
        }
        sql.append(" WHERE ");
        bindEquals(sql, model, model.meta.keys().toArray(FieldMeta[]::new), key);
        if (!link) {
            sql.append(" AND ");
            bindEquals(sql, model, foreign, value);
        }
        if (model.softDeleteColumn != null) {
            sql.append(" AND ").append(model.aliveCondition(null));
        }
        if (model.typeRestriction != null) {
            sql.append(" AND ").append(model.typeCondition(null));
        }
        engine.writes.beforeSetBasedUpdate(model.meta.type(), Collections.unmodifiableMap(assigned));
        boolean changed = engine.run(model, "link", true, lease -> engine.update(lease, sql)) > 0;
        if (changed && !model.meta.isRecord()) {
            ModelAccessor<Object> accessor = Preloader.accessor(model);
            for (int i = 0; i < foreign.length; i++) {
                accessor.set(object, foreign[i].accessorIndex(), link ? value[i] : null);
            }
        }
        return changed;
    }

    private boolean insertJoin(RelationLink toJoin, RelationLink toTarget, Object[] ownerKey, Object[] targetKey) {
        Model<?> join = toJoin.target;
        Object[] values = new Object[join.fields.length];
        for (FieldMeta field : join.fields) {
            if (field.primitive()) {
                values[field.accessorIndex()] = zero(field.type());
            }
        }
        FieldMeta[] toOwner = toJoin.inverse.foreign;
        for (int i = 0; i < toOwner.length; i++) {
            values[toOwner[i].accessorIndex()] = ownerKey[i];
        }
        for (int i = 0; i < toTarget.foreign.length; i++) {
            values[toTarget.foreign[i].accessorIndex()] = targetKey[i];
        }
        insert(join, join.meta.accessor().create(values));
        return true;
    }

    private <J> void insert(Model<J> join, Object row) {
        new RepositoryImpl<>(engine, join).insert(join.meta.type().cast(row));
    }

    private boolean deleteJoin(
            RelationLink toJoin, RelationLink toTarget, Object[] ownerKey, Object[] targetKey, String operation) {
        Model<?> join = toJoin.target;
        Sql sql = new Sql();
        if (join.softDeleteColumn != null) {
            sql.append("UPDATE ")
                    .append(join.table)
                    .append(" SET ")
                    .append(join.softDeleteColumn)
                    .append(" = ")
                    .append(join.softDeleteNow());
        } else {
            sql.append("DELETE FROM ").append(join.table);
        }
        sql.append(" WHERE ");
        bindEquals(sql, join, toJoin.inverse.foreign, ownerKey);
        sql.append(" AND ");
        bindEquals(sql, join, toTarget.foreign, targetKey);
        if (join.softDeleteColumn != null) {
            sql.append(" AND ").append(join.aliveCondition(null));
        }
        return engine.run(join, operation, true, lease -> engine.update(lease, sql)) > 0;
    }

    private static void bindEquals(Sql sql, Model<?> model, FieldMeta[] fields, Object[] values) {
        for (int i = 0; i < fields.length; i++) {
            sql.append(i > 0 ? " AND " : "").append(model.column(fields[i])).append(" = ");
            sql.bind(model.codec(fields[i]), model.encodeForComparison(fields[i], values[i]));
        }
    }

    /** The values of {@code fields} of an object, each checked not to be null. */
    private static Object[] key(Model<?> model, Object object, FieldMeta[] fields, String operation) {
        Object[] values = new Object[fields.length];
        for (int i = 0; i < fields.length; i++) {
            values[i] = Preloader.accessor(model).get(object, fields[i].accessorIndex());
            if (values[i] == null) {
                throw new InvalidValueException(operation + " is refused: the " + model.name() + " has no "
                        + fields[i].name() + " (it is null); insert it first, or read it from the database");
            }
        }
        return values;
    }

    private static Object zero(Class<?> type) {
        if (type == Boolean.class) {
            return false;
        }
        if (type == Character.class) {
            return (char) 0;
        }
        if (type == Long.class) {
            return 0L;
        }
        if (type == Double.class) {
            return 0.0;
        }
        if (type == Float.class) {
            return 0f;
        }
        if (type == Short.class) {
            return (short) 0;
        }
        if (type == Byte.class) {
            return (byte) 0;
        }
        return 0;
    }
}
