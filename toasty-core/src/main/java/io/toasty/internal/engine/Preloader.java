package io.toasty.internal.engine;

import io.toasty.MappingException;
import io.toasty.internal.meta.FieldMeta;
import io.toasty.internal.meta.RelationSpec.Kind;
import io.toasty.query.Condition;
import io.toasty.query.Include;
import io.toasty.query.Order;
import io.toasty.relation.BelongsTo;
import io.toasty.relation.HasMany;
import io.toasty.relation.HasOne;
import io.toasty.spi.ModelAccessor;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Loads included relations for objects in hand: one statement per relation and level, however many objects,
 * binding their keys as one array (or one IN list), and hands each object its related objects.
 */
final class Preloader {
    private static final String OWNER_COLUMN = "toasty_owner_";

    private final Engine engine;

    Preloader(Engine engine) {
        this.engine = engine;
    }

    /**
     * Checks an include against the model it starts from, and its nested includes in turn, before any SQL: that it
     * names a relation of that model, that its filter and order are on the related model, and that no path is a
     * cycle.
     */
    static void check(Model<?> model, Include<?, ?> include, List<RelationLink> path) {
        RelationLink link;
        try {
            link = RelationRenderer.link(model, include.relation());
        } catch (MappingException e) {
            throw new MappingException("Cannot include " + include.relation()
                    + (path.isEmpty() ? "" : " after " + describe(path)) + ": " + e.getMessage());
        }
        for (RelationLink before : path) {
            boolean again = before == link && link.target != link.owner;
            boolean back = !path.isEmpty()
                    && path.get(path.size() - 1) == before
                    && (before.inverse == link || link.inverse == before);
            if (again || back) {
                List<RelationLink> cycle = new ArrayList<>(path);
                cycle.add(link);
                throw new MappingException("The include " + describe(cycle) + " is a cycle: " + link + " leads back to"
                        + " objects already loaded on this path. Remove the nested include of " + link);
            }
        }
        Model<?> target = link.target;
        Sql scratch = new Sql();
        Renderer renderer = new Renderer(target, scratch);
        for (Condition<?> condition : include.conditions()) {
            renderer.condition(condition);
        }
        for (Order<?> order : include.orders()) {
            renderer.order(order);
        }
        List<RelationLink> longer = new ArrayList<>(path);
        longer.add(link);
        for (Include<?, ?> nested : include.nested()) {
            check(target, nested, longer);
        }
    }

    private static String describe(List<RelationLink> path) {
        return path.stream()
                .map(RelationLink::toString)
                .reduce((a, b) -> a + " -> " + b)
                .orElse("");
    }

    /** Loads {@code include} for {@code parents}, all objects of {@code model}, and its nested includes. */
    void load(Lease lease, Model<?> model, List<?> parents, Include<?, ?> include) throws SQLException {
        RelationLink link = RelationRenderer.link(model, include.relation());
        List<Object> loaded = link.isThrough()
                ? loadThrough(lease, link, parents, include)
                : link.kind() == Kind.BELONGS_TO
                        ? loadBelongsTo(lease, link, parents, include)
                        : loadHasMany(lease, link, parents, include);
        for (Include<?, ?> nested : include.nested()) {
            load(lease, link.target, loaded, nested);
        }
    }

    private List<Object> loadBelongsTo(Lease lease, RelationLink link, List<?> parents, Include<?, ?> include)
            throws SQLException {
        Model<?> target = link.target;
        Set<Object> keys = keys(link.owner, parents, link.foreign);
        Map<Object, Object> byKey = new HashMap<>();
        List<Object> found = new ArrayList<>();
        for (Collection<Object> chunk : chunks(target, link.referenced, keys)) {
            Sql sql = select(link, target, link.referenced, chunk, include, false);
            found.addAll(engine.query(lease, sql, target.reader()));
        }
        for (Object child : found) {
            byKey.put(key(target, child, link.referenced), child);
        }
        ModelAccessor<Object> accessor = accessor(link.owner);
        for (Object parent : parents) {
            Object child = byKey.get(key(link.owner, parent, link.foreign));
            accessor.setRelation(parent, link.index, child == null ? BelongsTo.none() : BelongsTo.of(child));
        }
        return found;
    }

    /**
     * The children of every parent in one statement (per chunk of keys), each filed under its owner as it is read:
     * the owner's key is taken from the values just read from the row, not read back (and boxed again) from the
     * object; the map of owners is sized from the parents and filled before the statement, so that the row path
     * only looks a list up and adds to it.
     */
    private List<Object> loadHasMany(Lease lease, RelationLink link, List<?> parents, Include<?, ?> include)
            throws SQLException {
        Model<?> target = link.target;
        FieldMeta[] ownerKeys = link.inverse.referenced;
        FieldMeta[] foreign = link.inverse.foreign;
        int count = parents.size();
        Object[] parentKeys = new Object[count];
        // linked: the keys are bound in the parents' order, as before
        Map<Object, List<Object>> byOwner = new LinkedHashMap<>(capacity(count));
        for (int i = 0; i < count; i++) {
            Object key = key(link.owner, parents.get(i), ownerKeys);
            parentKeys[i] = key;
            if (key != null && !byOwner.containsKey(key)) {
                byOwner.put(key, new ArrayList<>());
            }
        }
        Object[] values = new Object[target.fields.length];
        Engine.RowReader<?> reader = target.reader(values);
        int foreignAt = foreign.length == 1 && !target.deferredAt(position(target, foreign[0]))
                ? foreign[0].accessorIndex()
                : -1;
        List<Object> found = include.nested().isEmpty() ? null : new ArrayList<>();
        Engine.RowReader<Object> file = row -> {
            Object child = reader.read(row);
            Object owner = foreignAt >= 0 ? values[foreignAt] : key(target, child, foreign);
            List<Object> children = owner == null ? null : byOwner.get(owner);
            if (children != null) {
                children.add(child);
            }
            if (found != null) {
                found.add(child);
            }
            return null;
        };
        for (Collection<Object> chunk : chunks(target, foreign, byOwner.keySet())) {
            engine.each(lease, select(link, target, foreign, chunk, include, true), file);
        }
        ModelAccessor<Object> accessor = accessor(link.owner);
        for (int i = 0; i < count; i++) {
            List<Object> children = parentKeys[i] == null ? null : byOwner.get(parentKeys[i]);
            accessor.setRelation(parents.get(i), link.index, relationValue(link, children));
        }
        return found == null ? List.of() : found;
    }

    private List<Object> loadThrough(Lease lease, RelationLink link, List<?> parents, Include<?, ?> include)
            throws SQLException {
        RelationLink toJoin = link.first;
        RelationLink toTarget = link.second;
        Model<?> join = toJoin.target;
        Model<?> target = link.target;
        FieldMeta[] ownerKeys = toJoin.inverse.referenced;
        FieldMeta[] joinToOwner = toJoin.inverse.foreign;
        Set<Object> keys = keys(link.owner, parents, ownerKeys);
        Map<Object, List<Object>> byOwner = new HashMap<>();
        List<Object> found = new ArrayList<>();
        for (Collection<Object> chunk : chunks(join, joinToOwner, keys)) {
            // the target rows joined to their join rows, in a derived table whose columns are the target's, so that
            // the include's filter and order are rendered as on the target alone
            Sql sql = new Sql().append("SELECT ").append(target.selectColumns);
            for (int i = 0; i < joinToOwner.length; i++) {
                sql.append(", ").append(OWNER_COLUMN + i);
            }
            sql.append(" FROM (SELECT ");
            String separator = "";
            for (int i = 0; i < target.fields.length; i++) {
                if (!target.deferredAt(i)) {
                    sql.append(separator).append("t.").append(target.column(target.fields[i]));
                    separator = ", ";
                }
            }
            for (int i = 0; i < joinToOwner.length; i++) {
                sql.append(", j.")
                        .append(join.column(joinToOwner[i]))
                        .append(" AS ")
                        .append(OWNER_COLUMN + i);
            }
            sql.append(" FROM ")
                    .append(target.table)
                    .append(" t JOIN ")
                    .append(join.table)
                    .append(" j ON ");
            for (int i = 0; i < toTarget.foreign.length; i++) {
                sql.append(i > 0 ? " AND " : "")
                        .append("j.")
                        .append(join.column(toTarget.foreign[i]))
                        .append(" = t.")
                        .append(target.column(toTarget.referenced[i]));
            }
            sql.append(" WHERE ");
            match(sql, join, "j.", joinToOwner, chunk);
            if (join.softDeleteColumn != null) {
                sql.append(" AND ").append(join.aliveCondition("j"));
            }
            if (target.softDeleteColumn != null && !include.includesDeleted()) {
                sql.append(" AND ").append(target.aliveCondition("t"));
            }
            if (target.typeRestriction != null) {
                sql.append(" AND ").append(target.typeCondition("t"));
            }
            sql.append(") toasty_through");
            filterAndOrder(sql, target, include, " WHERE ", "toasty_through");
            Engine.RowReader<?> reader = target.reader();
            int width = target.selectedWidth();
            List<Object[]> rows = engine.query(lease, sql, row -> {
                Object child = reader.read(row);
                Object[] owner = new Object[joinToOwner.length];
                for (int i = 0; i < owner.length; i++) {
                    owner[i] = join.codec(joinToOwner[i]).read(row, width + 1 + i);
                }
                return new Object[] {child, owner.length == 1 ? owner[0] : Arrays.asList(owner)};
            });
            for (Object[] row : rows) {
                found.add(row[0]);
                byOwner.computeIfAbsent(row[1], k -> new ArrayList<>()).add(row[0]);
            }
        }
        assign(link, parents, ownerKeys, byOwner);
        return found;
    }

    private static void assign(
            RelationLink link, List<?> parents, FieldMeta[] ownerKeys, Map<Object, List<Object>> byOwner) {
        ModelAccessor<Object> accessor = accessor(link.owner);
        for (Object parent : parents) {
            List<Object> children = byOwner.get(key(link.owner, parent, ownerKeys));
            accessor.setRelation(parent, link.index, relationValue(link, children));
        }
    }

    /**
     * The value of a has-one or has-many field holding {@code children} (an {@link ArrayList} filled by the
     * preload, or null for none). A has-many list is frozen by the JDK's own collector, which wraps one exact copy
     * of the elements as an unmodifiable list that {@link HasMany#of} keeps as it is: one copy, where
     * {@code List.copyOf} of the {@code ArrayList} would make two.
     */
    private static Object relationValue(RelationLink link, List<Object> children) {
        if (link.kind() == Kind.HAS_ONE) {
            return children == null || children.isEmpty() ? HasOne.none() : HasOne.of(children.get(0));
        }
        return HasMany.of(children == null || children.isEmpty() ? List.of() : FREEZE.apply(children));
    }

    /** The finisher of {@link Collectors#toUnmodifiableList()}: an {@link ArrayList} to an unmodifiable list. */
    @SuppressWarnings("unchecked")
    private static final Function<List<Object>, List<Object>> FREEZE = (Function<List<Object>, List<Object>>)
            (Function<?, ?>) Collectors.toUnmodifiableList().finisher();

    /** The initial capacity of a hash map that holds {@code entries} without growing. */
    private static int capacity(int entries) {
        return (int) (entries / 0.75f) + 1;
    }

    /** The position of {@code field} among the model's fields. */
    private static int position(Model<?> model, FieldMeta field) {
        for (int i = 0; i < model.fields.length; i++) {
            if (model.fields[i] == field) {
                return i;
            }
        }
        throw new IllegalStateException("No field " + field + " in " + model);
    }

    /** {@code SELECT <target> FROM <target> WHERE <fields> match the keys [AND alive] [AND filter] ORDER BY ...}. */
    private static Sql select(
            RelationLink link,
            Model<?> target,
            FieldMeta[] fields,
            Collection<Object> keys,
            Include<?, ?> include,
            boolean ordered) {
        boolean plain = include.conditions().isEmpty() && include.orders().isEmpty() && !include.includesDeleted();
        if (plain && link.plainPreload != null) {
            // the text of this shape was rendered before: bind the keys as one array
            FieldMeta field = fields[0];
            ArrayCodec codec = new ArrayCodec(target.dialect.arrayElementType(field.storedKind()), field.storedKind());
            Object[] array = codec.newArray(keys.size());
            int i = 0;
            for (Object key : keys) {
                array[i++] = target.encodeForComparison(field, key);
            }
            return Sql.of(link.plainPreload, 1).value(codec, array);
        }
        Sql sql = new Sql()
                .append("SELECT ")
                .append(target.selectColumns)
                .append(" FROM ")
                .append(target.table)
                .append(" WHERE ");
        match(sql, target, "", fields, keys);
        if (target.softDeleteColumn != null && !include.includesDeleted()) {
            sql.append(" AND ").append(target.aliveCondition(null));
        }
        if (target.typeRestriction != null) {
            sql.append(" AND ").append(target.typeCondition(null));
        }
        if (ordered) {
            filterAndOrder(sql, target, include, " AND ", target.table);
        } else {
            filter(sql, target, include, " AND ", target.table);
        }
        if (plain && sql.bindCount() == 1 && fields.length == 1 && sql.values().get(0) instanceof Object[]) {
            link.plainPreload = sql.toString();
        }
        return sql;
    }

    private static void filter(Sql sql, Model<?> target, Include<?, ?> include, String first, String qualifier) {
        Renderer renderer = new Renderer(target, sql, qualifier, 0);
        String separator = first;
        for (Condition<?> condition : include.conditions()) {
            sql.append(separator).append('(');
            renderer.condition(condition);
            sql.append(')');
            separator = " AND ";
        }
    }

    /** The include's filter, then its order followed by the target's key, so that the order is always defined. */
    private static void filterAndOrder(
            Sql sql, Model<?> target, Include<?, ?> include, String first, String qualifier) {
        filter(sql, target, include, first, qualifier);
        Renderer renderer = new Renderer(target, sql);
        sql.append(" ORDER BY ");
        for (Order<?> order : include.orders()) {
            renderer.order(order);
            sql.append(", ");
        }
        for (int i = 0; i < target.meta.keys().size(); i++) {
            sql.append(i > 0 ? ", " : "")
                    .append(target.column(target.meta.keys().get(i)));
        }
    }

    /**
     * {@code "c" = ANY(?)} with the keys as one array where the column's kind has one (one SQL text for any number
     * of keys), else {@code "c" IN (?, ...)}; {@code ("a", "b") IN ((?, ?), ...)} for composite keys.
     */
    private static void match(Sql sql, Model<?> model, String qualifier, FieldMeta[] fields, Collection<Object> keys) {
        if (fields.length == 1) {
            FieldMeta field = fields[0];
            String column = qualifier + model.column(field);
            String arrayType = model.dialect.arrayElementType(field.storedKind());
            if (arrayType != null && "?".equals(model.codec(field).placeholder())) {
                ArrayCodec codec = new ArrayCodec(arrayType, field.storedKind());
                Object[] array = codec.newArray(keys.size());
                int i = 0;
                for (Object key : keys) {
                    array[i++] = model.encodeForComparison(field, key);
                }
                sql.append(column).append(" = ANY(");
                sql.bind(codec, array);
                sql.append(')');
                return;
            }
            sql.append(column).append(" IN (");
            int i = 0;
            for (Object key : keys) {
                sql.append(i++ > 0 ? ", " : "");
                sql.bind(model.codec(field), model.encodeForComparison(field, key));
            }
            sql.append(')');
            return;
        }
        sql.append('(');
        for (int f = 0; f < fields.length; f++) {
            sql.append(f > 0 ? ", " : "").append(qualifier).append(model.column(fields[f]));
        }
        sql.append(") IN (");
        int i = 0;
        for (Object key : keys) {
            List<?> parts = (List<?>) key;
            sql.append(i++ > 0 ? ", (" : "(");
            for (int f = 0; f < fields.length; f++) {
                sql.append(f > 0 ? ", " : "");
                sql.bind(model.codec(fields[f]), model.encodeForComparison(fields[f], parts.get(f)));
            }
            sql.append(')');
        }
        sql.append(')');
    }

    /**
     * The keys in groups small enough for one statement each: all of them in one where they are bound as one array
     * the database takes whole, else as many as its limits allow (an array's length, the bound values).
     */
    private static List<Collection<Object>> chunks(Model<?> model, FieldMeta[] fields, Set<Object> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        boolean array = fields.length == 1
                && model.dialect.arrayElementType(fields[0].storedKind()) != null
                && "?".equals(model.codec(fields[0]).placeholder());
        int size = array
                ? model.dialect.maxArrayLength()
                : Math.max(1, (model.dialect.maxBindParameters() - 64) / fields.length);
        if (keys.size() <= size) {
            return List.of(keys);
        }
        List<Collection<Object>> chunks = new ArrayList<>();
        List<Object> all = new ArrayList<>(keys);
        for (int from = 0; from < all.size(); from += size) {
            chunks.add(all.subList(from, Math.min(all.size(), from + size)));
        }
        return chunks;
    }

    /** The distinct non-null keys that {@code fields} hold in {@code objects}. */
    private static Set<Object> keys(Model<?> model, List<?> objects, FieldMeta[] fields) {
        Set<Object> keys = new LinkedHashSet<>();
        for (Object object : objects) {
            Object key = key(model, object, fields);
            if (key != null) {
                keys.add(key);
            }
        }
        return keys;
    }

    /** The value of one field, or the values of several as a list; null when any is null. */
    static Object key(Model<?> model, Object object, FieldMeta[] fields) {
        ModelAccessor<Object> accessor = accessor(model);
        if (fields.length == 1) {
            return accessor.get(object, fields[0].accessorIndex());
        }
        Object[] values = new Object[fields.length];
        for (int i = 0; i < fields.length; i++) {
            values[i] = accessor.get(object, fields[i].accessorIndex());
            if (values[i] == null) {
                return null;
            }
        }
        return Arrays.asList(values);
    }

    @SuppressWarnings("unchecked")
    static ModelAccessor<Object> accessor(Model<?> model) {
        return (ModelAccessor<Object>) model.meta.accessor();
    }
}
