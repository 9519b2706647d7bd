package io.toasty.internal.engine;

import io.toasty.InvalidValueException;
import io.toasty.OnConflict;
import io.toasty.internal.dialect.UpsertShape;
import io.toasty.internal.meta.ClockField;
import io.toasty.internal.meta.FieldMeta;
import io.toasty.internal.meta.IndexMeta;
import io.toasty.internal.meta.ValueKind;
import io.toasty.query.Attribute;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The upserts of one model: checks every object and the conflict target before any SQL, renders one statement per
 * shape (cached on the model), and reads the resulting rows back in the order of the objects.
 */
final class Upserts<T> {
    private final Engine engine;
    private final Model<T> model;

    Upserts(Engine engine, Model<T> model) {
        this.engine = engine;
        this.model = model;
    }

    /** What one upsert call does, resolved against the model. */
    private record Plan(List<FieldMeta> target, List<FieldMeta> updated, boolean ignore) {}

    List<T> upsertAll(List<T> instances, OnConflict<T> onConflict, String operation) {
        Objects.requireNonNull(onConflict, "onConflict");
        if (model.typeRestriction != null) {
            // the conflicting row may belong to another class of the hierarchy, which an update would turn into this
            // one
            String base = model.meta.inheritance().rootSimpleName();
            throw new io.toasty.UnsupportedFeatureException("An " + operation + " of " + model.name() + ", a subclass"
                    + " stored in the table of " + base + ", could overwrite a row of another class of the hierarchy:"
                    + " upsert through the repository of " + base);
        }
        Plan plan = plan(onConflict);
        engine.writes.beforeUpsert(model.meta.type(), Collections.unmodifiableList(instances));
        FieldMeta[] fields = model.fields;
        int count = instances.size();
        Object[][] rows = new Object[count][];
        // whether the rows name the database-generated key (all of them do, or none)
        Boolean keyGiven = null;
        Set<List<Object>> seen = new HashSet<>();
        for (int r = 0; r < count; r++) {
            Object[] values = model.values(instances.get(r));
            for (int i = 0; i < fields.length; i++) {
                FieldMeta field = fields[i];
                if (model.clockAt(i) != ClockField.NONE || field.version()) {
                    values[i] = null; // the statement computes it
                } else if (field.auto() && !field.databaseGenerated() && unset(values[i])) {
                    values[i] = UuidV7.next();
                } else if (field.databaseGenerated()) {
                    boolean given = !unset(values[i]);
                    if (keyGiven != null && keyGiven != given) {
                        throw new InvalidValueException(operation + " of " + model.name() + " was given objects with"
                                + " and without a value of " + field.qualifiedName()
                                + ": give every object its key, or none");
                    }
                    keyGiven = given;
                    if (!given) {
                        values[i] = null;
                    }
                }
            }
            List<Object> target = targetOf(plan, values);
            for (int t = 0; t < target.size(); t++) {
                if (target.get(t) == null) {
                    throw new InvalidValueException(operation + " of " + model.name() + " on "
                            + names(plan.target()) + " needs a value of "
                            + plan.target().get(t).qualifiedName()
                            + (plan.target().get(t).databaseGenerated()
                                    ? ": it is generated on insert, so conflict on a @Unique field instead"
                                    : ": set it"));
                }
            }
            if (!seen.add(target)) {
                throw new InvalidValueException(operation + " of " + model.name() + " was given two objects with "
                        + names(plan.target()) + " = " + target + ": one statement can write a row only once");
            }
            rows[r] = values;
        }
        boolean withKey = Boolean.TRUE.equals(keyGiven);
        List<Integer> columns = new ArrayList<>();
        for (int i = 0; i < fields.length; i++) {
            if (!fields[i].databaseGenerated() || withKey) {
                columns.add(i);
            }
        }
        Object[][] encoded = new Object[count][];
        for (int r = 0; r < count; r++) {
            Object[] row = new Object[fields.length];
            for (int i : columns) {
                if (bound(i)) {
                    row[i] = model.encode(i, rows[r][i]);
                }
            }
            encoded[r] = row;
        }
        int bound = (int) columns.stream().filter(this::bound).count();
        int perStatement = Math.max(1, engine.dialect.maxBindParameters() / Math.max(1, bound));
        Engine.Work<List<T>> work = lease -> {
            Map<List<Object>, T> byTarget = new HashMap<>();
            for (int from = 0; from < count; from += perStatement) {
                int to = Math.min(count, from + perStatement);
                Sql sql = Sql.of(text(plan, columns, to - from), (to - from) * bound);
                for (int r = from; r < to; r++) {
                    for (int i : columns) {
                        if (bound(i)) {
                            sql.value(model.codecAt(i), encoded[r][i]);
                        }
                    }
                }
                for (T row : engine.query(lease, sql, model.reader())) {
                    byTarget.put(targetOf(plan, model.values(row)), row);
                }
            }
            List<T> result = new ArrayList<>(count);
            List<Integer> left = new ArrayList<>();
            for (int r = 0; r < count; r++) {
                T row = byTarget.get(targetOf(plan, rows[r]));
                result.add(row);
                if (row == null) {
                    left.add(r);
                }
            }
            if (!left.isEmpty()) {
                readExisting(lease, plan, rows, left, result);
            }
            return result;
        };
        return count > perStatement || plan.ignore()
                ? engine.atomic(model, operation, work)
                : engine.run(model, operation, true, work);
    }

    /** Reads the rows an upsert left alone, by their conflict target. */
    private void readExisting(Lease lease, Plan plan, Object[][] rows, List<Integer> left, List<T> result)
            throws SQLException {
        Sql sql = new Sql()
                .append("SELECT ")
                .append(model.selectColumns)
                .append(" FROM ")
                .append(model.table)
                .append(" WHERE ");
        for (int n = 0; n < left.size(); n++) {
            sql.append(n == 0 ? "(" : " OR (");
            for (int t = 0; t < plan.target().size(); t++) {
                FieldMeta field = plan.target().get(t);
                sql.append(t == 0 ? "" : " AND ").append(model.column(field)).append(" = ");
                sql.bind(
                        model.codec(field), model.encodeForComparison(field, rows[left.get(n)][model.position(field)]));
            }
            sql.append(")");
        }
        Map<List<Object>, T> byTarget = new HashMap<>();
        for (T row : engine.query(lease, sql, model.reader())) {
            byTarget.put(targetOf(plan, model.values(row)), row);
        }
        for (int r : left) {
            T row = byTarget.get(targetOf(plan, rows[r]));
            if (row == null) {
                throw new IllegalStateException("the upsert of " + model.name() + " neither wrote nor found the row"
                        + " with " + names(plan.target()) + " = " + targetOf(plan, rows[r]));
            }
            result.set(r, row);
        }
    }

    /** Whether each row binds a value for the field at {@code position} (else the statement computes it). */
    private boolean bound(int position) {
        return model.clockAt(position) == ClockField.NONE && !model.fields[position].version();
    }

    private String text(Plan plan, List<Integer> columns, int rows) {
        Object shapeKey = List.of("upsert", plan, columns, rows);
        return model.shape(shapeKey, () -> {
            List<String> names = new ArrayList<>();
            List<String> values = new ArrayList<>();
            List<Boolean> bound = new ArrayList<>();
            for (int i : columns) {
                FieldMeta field = model.fields[i];
                names.add(model.column(field));
                boolean isBound = bound(i);
                bound.add(isBound);
                if (isBound) {
                    values.add(model.codecAt(i).placeholder());
                } else if (field.version()) {
                    values.add("1");
                } else {
                    values.add(Model.NOW);
                }
            }
            List<UpsertShape.Update> updates = new ArrayList<>();
            if (!plan.ignore()) {
                for (FieldMeta field : plan.updated()) {
                    updates.add(new UpsertShape.Update(model.column(field), UpsertShape.Source.NEW_ROW));
                }
                for (FieldMeta field : model.fields) {
                    if (field.version()) {
                        updates.add(new UpsertShape.Update(model.column(field), UpsertShape.Source.INCREMENT));
                    } else if (model.clock(field) == ClockField.UPDATED) {
                        updates.add(new UpsertShape.Update(model.column(field), UpsertShape.Source.NOW));
                    }
                }
            }
            return engine.dialect.upsert(new UpsertShape(
                    model.table,
                    names,
                    values,
                    bound,
                    rows,
                    plan.target().stream().map(model::column).toList(),
                    updates,
                    model.selectColumns));
        });
    }

    /** Resolves the conflict target and the updated fields, refusing what cannot work. */
    private Plan plan(OnConflict<T> onConflict) {
        if (onConflict.model() != model.meta.type()) {
            throw new InvalidValueException("An upsert of " + model.name() + " was given the conflict target of "
                    + onConflict.model().getSimpleName());
        }
        List<FieldMeta> target;
        if (!onConflict.constraint().isEmpty()) {
            target = constraint(onConflict.constraint());
        } else if (onConflict.target().isEmpty()) {
            target = model.meta.keys();
        } else {
            target = fields(onConflict.target());
            if (!isUniqueKey(target)) {
                throw new InvalidValueException("An upsert of " + model.name() + " on " + names(target)
                        + " needs a unique key on exactly those fields: " + model.name() + " has "
                        + uniqueKeys() + "; declare it with @Unique or @Model(indexes = @Index(..., unique = true))");
            }
        }
        List<FieldMeta> updated = new ArrayList<>();
        if (onConflict.action() == OnConflict.Action.UPDATE) {
            if (onConflict.updates().isEmpty()) {
                for (FieldMeta field : model.fields) {
                    if (!field.key()
                            && !field.version()
                            && model.clock(field) == ClockField.NONE
                            && !target.contains(field)) {
                        updated.add(field);
                    }
                }
            } else {
                for (FieldMeta field : fields(onConflict.updates())) {
                    if (field.key() || field.version() || model.clock(field) != ClockField.NONE) {
                        throw new InvalidValueException(field.qualifiedName() + " cannot be updated by an upsert: "
                                + (field.key()
                                        ? "it is part of the key"
                                        : field.version()
                                                ? "Toasty increments the version itself"
                                                : "the database's clock sets it"));
                    }
                    if (updated.contains(field)) {
                        throw new InvalidValueException(field.qualifiedName() + " is listed twice in an upsert");
                    }
                    updated.add(field);
                }
            }
        }
        boolean ignore = onConflict.action() == OnConflict.Action.IGNORE;
        return new Plan(List.copyOf(target), List.copyOf(updated), ignore);
    }

    private List<FieldMeta> constraint(String name) {
        if (name.equalsIgnoreCase(model.meta.primaryKeyName())) {
            return model.meta.keys();
        }
        for (IndexMeta index : model.meta.indexes()) {
            if (index.unique() && index.name().equalsIgnoreCase(name)) {
                return index.fields();
            }
        }
        throw new InvalidValueException("An upsert of " + model.name() + " names the constraint '" + name
                + "', which is not a unique constraint of " + model.name() + ": it has " + uniqueKeys());
    }

    private List<FieldMeta> fields(List<? extends Attribute<T, ?>> attributes) {
        List<FieldMeta> fields = new ArrayList<>();
        for (Attribute<T, ?> attribute : attributes) {
            if (attribute.model() != model.meta.type()) {
                throw new InvalidValueException(attribute + " cannot be used in an upsert of " + model.name());
            }
            FieldMeta field = model.meta.field(attribute.name());
            if (field == null) {
                throw new InvalidValueException(attribute + " is not a stored field of " + model.name());
            }
            fields.add(field);
        }
        return fields;
    }

    private boolean isUniqueKey(List<FieldMeta> fields) {
        Set<FieldMeta> wanted = new HashSet<>(fields);
        if (wanted.size() != fields.size()) {
            return false;
        }
        if (wanted.equals(new HashSet<>(model.meta.keys()))) {
            return true;
        }
        for (IndexMeta index : model.meta.indexes()) {
            if (index.unique() && wanted.equals(new HashSet<>(index.fields()))) {
                return true;
            }
        }
        return false;
    }

    private String uniqueKeys() {
        List<String> keys = new ArrayList<>();
        keys.add("the key " + names(model.meta.keys()));
        for (IndexMeta index : model.meta.indexes()) {
            if (index.unique()) {
                keys.add(index.name() + " " + names(index.fields()));
            }
        }
        return String.join(", ", keys);
    }

    private static String names(List<FieldMeta> fields) {
        return fields.stream().map(FieldMeta::name).toList().toString();
    }

    /** The conflict target's values of a row (by position), comparable across a round trip to the database. */
    private List<Object> targetOf(Plan plan, Object[] values) {
        List<Object> target = new ArrayList<>(plan.target().size());
        for (FieldMeta field : plan.target()) {
            Object value = values[model.position(field)];
            if (value instanceof BigDecimal decimal) {
                value = decimal.stripTrailingZeros();
            } else if (value instanceof Number number && field.storedKind().isIntegral()) {
                value = number.longValue();
            } else if (field.storedKind() == ValueKind.BYTES && value instanceof byte[] bytes) {
                value = java.nio.ByteBuffer.wrap(bytes);
            }
            target.add(value);
        }
        return Collections.unmodifiableList(target);
    }

    private static boolean unset(Object value) {
        return value == null || (value instanceof Number number && number.longValue() == 0);
    }
}
