package io.toasty.internal.engine;

import io.toasty.InvalidCursorException;
import io.toasty.InvalidQueryException;
import io.toasty.Page;
import io.toasty.internal.meta.FieldMeta;
import io.toasty.query.Attribute;
import io.toasty.query.BasicAttribute;
import io.toasty.query.Condition;
import io.toasty.query.NullCheck;
import io.toasty.query.Order;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Keyset pagination of one query: the query's order with the key appended as tie-breaker, and a condition that
 * starts after (or before) the boundary row of a cursor. Where every sort column is NOT NULL and sorts the same way,
 * the condition is one row-value comparison ({@code ("name", "id") > (?, ?)}), which both databases answer from an
 * index; otherwise an OR of prefixes that places NULL where the order puts it.
 */
final class Paging<T> {
    /** One column of the page order. */
    private record Key(FieldMeta field, Order<?> order, boolean nullsFirst) {}

    /** The page order of one query order of one model, worked out once. */
    private record Plan(List<Key> keys, String orderText, long digest) {}

    private record PlanKey(List<? extends Order<?>> orders) {}

    /**
     * The text of a page statement whose conditions bind no value, by shape, and which boundary value each of its
     * placeholders takes: such a page (the usual "next 20 by this order") is rendered once.
     */
    private record Shape(String text, int[] binds) {}

    private record ShapeKey(List<Key> keys, List<?> conditions, boolean backwards, long nulls, int size) {}

    /** Past this many entries a model's cache of plans and shapes starts over; few are used in practice. */
    private static final int CACHED = 256;

    private final Engine engine;
    private final Model<T> model;
    private final List<Condition<T>> conditions;
    private final List<Key> keys;
    private final long orderDigest;
    private final String orderText;
    /** Runs a page's statement and reads its rows, with the query's includes. */
    private final Function<Sql, List<T>> reader;

    Paging(
            Engine engine,
            Model<T> model,
            List<Condition<T>> conditions,
            List<Order<T>> orders,
            Function<Sql, List<T>> reader) {
        this.engine = engine;
        this.model = model;
        this.conditions = conditions;
        this.reader = reader;
        Plan plan = (Plan) model.pagingCache.get(new PlanKey(orders));
        if (plan == null) {
            plan = plan(model, orders);
            cache(model, new PlanKey(List.copyOf(orders)), plan);
        }
        this.keys = plan.keys();
        this.orderText = plan.orderText();
        this.orderDigest = plan.digest();
    }

    private static void cache(Model<?> model, Object key, Object value) {
        if (model.pagingCache.size() >= CACHED) {
            model.pagingCache.clear();
        }
        model.pagingCache.put(key, value);
    }

    /** The page order of a query order: its fields with the key appended, checked, described and digested. */
    private static Plan plan(Model<?> model, List<? extends Order<?>> orders) {
        List<Order<?>> all = new ArrayList<>(orders);
        boolean descending = !orders.isEmpty() && orders.get(orders.size() - 1).descending();
        for (FieldMeta key : model.meta.keys()) {
            Attribute<?, Object> attribute = new BasicAttribute<>(model.meta.type(), key.name(), Object.class);
            if (orders.stream().noneMatch(o -> attribute.equals(o.expression()))) {
                all.add(descending ? attribute.desc() : attribute.asc());
            }
        }
        List<Key> list = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (Order<?> order : all) {
            if (!(order.expression() instanceof Attribute<?, ?> attribute)) {
                throw new InvalidQueryException("A cursor page of " + model.name() + " is ordered by "
                        + order.expression() + ", which is not a field: keyset pagination orders by fields; use"
                        + " pageNumber(n, size) for other orders");
            }
            FieldMeta field = new Renderer(model, new Sql()).field(attribute);
            if (!CursorValues.supports(field.type())) {
                throw new InvalidQueryException("A cursor page of " + model.name() + " is ordered by "
                        + field.qualifiedName() + ", whose type " + field.type().getSimpleName()
                        + " cannot be carried in a cursor; order by another field");
            }
            boolean nullsFirst =
                    switch (order.nulls()) {
                        case DEFAULT -> order.descending();
                        case FIRST -> true;
                        case LAST -> false;
                    };
            list.add(new Key(field, order, nullsFirst));
            text.append(field.name())
                    .append(order.descending() ? " desc" : " asc")
                    .append(field.nullable() ? (nullsFirst ? " nulls first" : " nulls last") : "")
                    .append(", ");
        }
        String described = text.substring(0, text.length() - 2);
        long digest = 0xcbf29ce484222325L;
        for (int i = 0; i < described.length(); i++) {
            digest = (digest ^ described.charAt(i)) * 0x100000001b3L;
        }
        return new Plan(List.copyOf(list), described, digest);
    }

    static void checkSize(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("a page holds at least one row, not " + size);
        }
    }

    Page<T> first(int size) {
        checkSize(size);
        List<T> rows = fetch(null, false, size);
        boolean more = rows.size() > size;
        List<T> items = more ? rows.subList(0, size) : rows;
        return new Page<>(
                items, more ? cursor(items.get(items.size() - 1), false, size) : Optional.empty(), Optional.empty());
    }

    Page<T> follow(String cursor) {
        Cursors.Content content = engine.cursors().decode(cursor, model.name());
        if (!content.model().equals(model.name())) {
            throw new InvalidCursorException("The cursor given to page(cursor) belongs to a query of "
                    + content.model() + ", not of " + model.name() + ": follow it with a query of "
                    + content.model());
        }
        if (content.order() != orderDigest || content.values().length != keys.size()) {
            throw new InvalidCursorException("The cursor given to page(cursor) of " + model.name() + " was made"
                    + " by a query in another order; this query's page order is " + orderText
                    + ": follow a cursor with the query that made it");
        }
        Object[] boundary = new Object[keys.size()];
        for (int i = 0; i < boundary.length; i++) {
            try {
                boundary[i] = CursorValues.value(keys.get(i).field().type(), content.values()[i]);
            } catch (RuntimeException e) {
                throw new InvalidCursorException("The cursor given to page(cursor) of " + model.name()
                        + " holds a value that is not a " + keys.get(i).field().qualifiedName() + ": the model"
                        + " changed since the cursor was made");
            }
        }
        int size = content.size();
        List<T> rows = fetch(boundary, content.before(), size);
        boolean more = rows.size() > size;
        List<T> items = new ArrayList<>(more ? rows.subList(0, size) : rows);
        if (items.isEmpty()) {
            return new Page<>(items, Optional.empty(), Optional.empty());
        }
        if (content.before()) {
            Collections.reverse(items);
            return new Page<>(
                    items,
                    cursor(items.get(items.size() - 1), false, size),
                    more ? cursor(items.get(0), true, size) : Optional.empty());
        }
        return new Page<>(
                items,
                more ? cursor(items.get(items.size() - 1), false, size) : Optional.empty(),
                cursor(items.get(0), true, size));
    }

    private Optional<String> cursor(T row, boolean before, int size) {
        String[] values = new String[keys.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = CursorValues.text(model.meta.get(row, keys.get(i).field()));
        }
        return Optional.of(
                engine.cursors().encode(new Cursors.Content(model.name(), orderDigest, before, size, values)));
    }

    /** Reads up to {@code size + 1} rows after (or, reading backwards, before) the boundary, in reading order. */
    private List<T> fetch(Object[] boundary, boolean backwards, int size) {
        ShapeKey shapeKey = null;
        if (conditions.stream().allMatch(c -> c instanceof NullCheck<?> check && check.target() instanceof Attribute)) {
            long nulls = 0;
            for (int i = 0; boundary != null && i < boundary.length; i++) {
                nulls |= boundary[i] == null ? 1L << Math.min(i, 63) : 0;
            }
            shapeKey = new ShapeKey(keys, conditions, backwards, boundary == null ? -1 : nulls, size);
            Shape shape = (Shape) model.pagingCache.get(shapeKey);
            if (shape != null) {
                Sql sql = Sql.of(shape.text(), shape.binds().length);
                for (int index : shape.binds()) {
                    FieldMeta field = keys.get(index).field();
                    sql.value(model.codec(field), model.encodeForComparison(field, boundary[index]));
                }
                return reader.apply(sql);
            }
        }
        recorded = new ArrayList<>();
        Sql sql = render(boundary, backwards, size);
        if (shapeKey != null) {
            cache(
                    model,
                    shapeKey,
                    new Shape(
                            sql.toString(),
                            recorded.stream().mapToInt(Integer::intValue).toArray()));
        }
        return reader.apply(sql);
    }

    /** The boundary value each placeholder of the page being rendered takes, by key index. */
    private List<Integer> recorded = new ArrayList<>();

    private Sql render(Object[] boundary, boolean backwards, int size) {
        Sql sql = new Sql()
                .append("SELECT ")
                .append(model.selectColumns)
                .append(" FROM ")
                .append(model.table);
        Renderer renderer = new Renderer(model, sql);
        int parts = conditions.size() + (boundary == null ? 0 : 1);
        if (parts > 0) {
            sql.append(" WHERE ");
        }
        for (int i = 0; i < conditions.size(); i++) {
            sql.append(i > 0 ? " AND " : "").append(parts > 1 ? "(" : "");
            renderer.condition(conditions.get(i));
            sql.append(parts > 1 ? ")" : "");
        }
        if (boundary != null) {
            sql.append(conditions.isEmpty() ? "" : " AND ");
            after(sql, boundary, backwards);
        }
        sql.append(" ORDER BY ");
        for (int i = 0; i < keys.size(); i++) {
            Order<?> order = keys.get(i).order();
            sql.append(i > 0 ? ", " : "");
            renderer.order(backwards ? order.reversed() : order);
        }
        sql.append(" LIMIT ").append(Integer.toString(size + 1));
        return sql;
    }

    private void after(Sql sql, Object[] boundary, boolean backwards) {
        boolean uniform = true;
        boolean descending = keys.get(0).order().descending();
        for (int i = 0; i < keys.size(); i++) {
            Key key = keys.get(i);
            uniform &= !key.field().nullable()
                    && boundary[i] != null
                    && key.order().descending() == descending;
        }
        if (uniform) {
            String operator = descending != backwards ? " < " : " > ";
            if (keys.size() == 1) {
                sql.append(model.column(keys.get(0).field())).append(operator);
                bind(sql, 0, boundary);
                return;
            }
            sql.append('(');
            for (int i = 0; i < keys.size(); i++) {
                sql.append(i > 0 ? ", " : "").append(model.column(keys.get(i).field()));
            }
            sql.append(')').append(operator).append('(');
            for (int i = 0; i < keys.size(); i++) {
                sql.append(i > 0 ? ", " : "");
                bind(sql, i, boundary);
            }
            sql.append(')');
            return;
        }
        // OR over i of: the first i columns equal the boundary's, and column i comes after it
        List<Integer> disjuncts = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            boolean nullsFirst = keys.get(i).nullsFirst() != backwards;
            if (boundary[i] == null && !nullsFirst) {
                continue; // nothing sorts after NULL when nulls come last
            }
            disjuncts.add(i);
        }
        if (disjuncts.isEmpty()) {
            sql.append("1 = 0");
            return;
        }
        sql.append('(');
        for (int d = 0; d < disjuncts.size(); d++) {
            int i = disjuncts.get(d);
            sql.append(d > 0 ? " OR " : "").append(i > 0 ? "(" : "");
            for (int j = 0; j < i; j++) {
                FieldMeta field = keys.get(j).field();
                if (boundary[j] == null) {
                    sql.append(model.column(field)).append(" IS NULL AND ");
                } else {
                    sql.append(model.column(field)).append(" = ");
                    bind(sql, j, boundary);
                    sql.append(" AND ");
                }
            }
            Key key = keys.get(i);
            String column = model.column(key.field());
            boolean nullsFirst = key.nullsFirst() != backwards;
            boolean down = key.order().descending() != backwards;
            if (boundary[i] == null) {
                sql.append(column).append(" IS NOT NULL");
            } else if (!nullsFirst && key.field().nullable()) {
                sql.append('(').append(column).append(down ? " < " : " > ");
                bind(sql, i, boundary);
                sql.append(" OR ").append(column).append(" IS NULL)");
            } else {
                sql.append(column).append(down ? " < " : " > ");
                bind(sql, i, boundary);
            }
            sql.append(i > 0 ? ")" : "");
        }
        sql.append(')');
    }

    private void bind(Sql sql, int index, Object[] boundary) {
        FieldMeta field = keys.get(index).field();
        sql.bind(model.codec(field), model.encodeForComparison(field, boundary[index]));
        recorded.add(index);
    }
}
