package io.toasty.internal.engine;

import io.toasty.InvalidQueryException;
import io.toasty.InvalidValueException;
import io.toasty.MappingException;
import io.toasty.NonUniqueResultException;
import io.toasty.NotFoundException;
import io.toasty.NumberedPage;
import io.toasty.Page;
import io.toasty.Projection;
import io.toasty.Query;
import io.toasty.UnsupportedFeatureException;
import io.toasty.internal.meta.FieldMeta;
import io.toasty.query.Assignment;
import io.toasty.query.Attribute;
import io.toasty.query.BasicAttribute;
import io.toasty.query.Condition;
import io.toasty.query.Expression;
import io.toasty.query.Include;
import io.toasty.query.Junction;
import io.toasty.query.Order;
import io.toasty.query.RelationAttribute;
import io.toasty.query.Value;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** An immutable query: each refinement copies it. */
final class QueryImpl<T> implements Query<T> {
    private final Engine engine;
    private final Model<T> model;
    private final List<Condition<T>> conditions;
    private final List<Order<T>> orders;
    private final int limit;
    private final long offset;
    /** The relations to load with the rows, and whether soft-deleted rows are included. */
    private final Loading<T> loading;

    /**
     * What a query loads besides its rows' columns.
     *
     * @param includes relations loaded on the rows, each with one statement per level
     * @param withDeleted whether rows of a soft-deleting model whose deleted-at is set are included
     * @param deferred the {@link io.toasty.Deferred} fields read too, by position; null for none
     */
    record Loading<T>(List<Include<T, ?>> includes, boolean withDeleted, boolean[] deferred) {
        static <T> Loading<T> none() {
            return new Loading<>(List.of(), false, null);
        }
    }

    QueryImpl(Engine engine, Model<T> model) {
        this(engine, model, List.of(), List.of(), -1, 0, Loading.none());
    }

    private QueryImpl(
            Engine engine,
            Model<T> model,
            List<Condition<T>> conditions,
            List<Order<T>> orders,
            int limit,
            long offset,
            Loading<T> loading) {
        this.loading = loading;
        this.engine = engine;
        this.model = model;
        this.conditions = conditions;
        this.orders = orders;
        this.limit = limit;
        this.offset = offset;
    }

    @Override
    public Query<T> where(Condition<T> condition) {
        Objects.requireNonNull(condition, "condition");
        return new QueryImpl<>(engine, model, plus(conditions, condition), orders, limit, offset, loading);
    }

    @Override
    public Query<T> orderBy(Order<T> order) {
        Objects.requireNonNull(order, "order");
        return new QueryImpl<>(engine, model, conditions, List.of(order), limit, offset, loading);
    }

    @Override
    public Query<T> thenBy(Order<T> order) {
        Objects.requireNonNull(order, "order");
        return new QueryImpl<>(engine, model, conditions, plus(orders, order), limit, offset, loading);
    }

    /** An immutable list of {@code list}'s elements and {@code element}: one copy, as a query is refined per call. */
    private static <E> List<E> plus(List<E> list, E element) {
        if (list.isEmpty()) {
            return List.of(element);
        }
        @SuppressWarnings("unchecked")
        E[] more = (E[]) list.toArray(new Object[list.size() + 1]);
        more[list.size()] = element;
        return List.of(more);
    }

    @Override
    public Query<T> limit(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("limit must not be negative, not " + count);
        }
        return new QueryImpl<>(engine, model, conditions, orders, count, offset, loading);
    }

    @Override
    public Query<T> offset(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("offset must not be negative, not " + count);
        }
        return new QueryImpl<>(engine, model, conditions, orders, limit, count, loading);
    }

    @Override
    public Query<T> include(RelationAttribute<T, ?> relation) {
        Objects.requireNonNull(relation, "relation");
        return include(Include.of(relation));
    }

    @Override
    public Query<T> include(Include<T, ?> include) {
        Objects.requireNonNull(include, "include");
        Preloader.check(model, include, List.of());
        List<Include<T, ?>> more = new ArrayList<>(loading.includes());
        more.add(include);
        return withLoading(new Loading<>(List.copyOf(more), loading.withDeleted(), loading.deferred()));
    }

    @Override
    public Query<T> include(Attribute<T, ?> field) {
        Objects.requireNonNull(field, "field");
        FieldMeta meta = new Renderer(model, new Sql()).field(field);
        int position = model.position(meta);
        if (!model.deferredAt(position)) {
            throw new MappingException(field + " is not a Deferred field: only fields of type Deferred<...> are left"
                    + " out of queries and need include(...); " + model.name() + "'s other fields are always read");
        }
        boolean[] more = loading.deferred() == null
                ? new boolean[model.fields.length]
                : loading.deferred().clone();
        more[position] = true;
        return withLoading(new Loading<>(loading.includes(), loading.withDeleted(), more));
    }

    /** This query with other things to load: same conditions, order and window. */
    private QueryImpl<T> withLoading(Loading<T> more) {
        return new QueryImpl<>(engine, model, conditions, orders, limit, offset, more);
    }

    @Override
    public Query<T> withDeleted() {
        return withLoading(new Loading<>(loading.includes(), true, loading.deferred()));
    }

    /** Runs the includes for the rows just read, on the same connection. */
    private List<T> preload(Lease lease, List<T> rows) throws SQLException {
        if (!loading.includes().isEmpty() && !rows.isEmpty()) {
            Preloader preloader = new Preloader(engine);
            for (Include<T, ?> include : loading.includes()) {
                preloader.load(lease, model, rows, include);
            }
        }
        return rows;
    }

    private List<T> read(String operation, Sql sql) {
        return engine.run(
                model,
                operation,
                false,
                lease -> preload(lease, engine.query(lease, sql, model.reader(loading.deferred()))));
    }

    // ---- rendering

    /** Whether this query leaves out soft-deleted rows. */
    private boolean aliveOnly() {
        return model.softDeleteColumn != null && !loading.withDeleted();
    }

    private void where(Sql sql) {
        // a subclass of a single-table hierarchy reads and writes its own rows only
        String fixed = model.typeCondition(null);
        if (aliveOnly()) {
            fixed = fixed.isEmpty() ? model.aliveCondition(null) : fixed + " AND " + model.aliveCondition(null);
        }
        if (conditions.isEmpty() && fixed.isEmpty()) {
            return;
        }
        sql.append(" WHERE ").append(fixed);
        Renderer renderer = new Renderer(model, sql);
        for (int i = 0; i < conditions.size(); i++) {
            if (i > 0 || !fixed.isEmpty()) {
                sql.append(" AND ");
            }
            boolean wrap = conditions.size() > 1 || !fixed.isEmpty();
            sql.append(wrap ? "(" : "");
            renderer.condition(conditions.get(i));
            sql.append(wrap ? ")" : "");
        }
    }

    private void orderBy(Sql sql, List<Order<T>> orderList) {
        if (orderList.isEmpty()) {
            return;
        }
        sql.append(" ORDER BY ");
        Renderer renderer = new Renderer(model, sql);
        for (int i = 0; i < orderList.size(); i++) {
            sql.append(i > 0 ? ", " : "");
            renderer.order(orderList.get(i));
        }
    }

    private void page(Sql sql, int rows, long skip) {
        if (rows >= 0) {
            sql.append(" LIMIT ").append(Integer.toString(rows));
        }
        if (skip > 0) {
            sql.append(" OFFSET ").append(Long.toString(skip));
        }
    }

    private Sql select(List<Order<T>> orderList, int rows, long skip) {
        Sql sql = new Sql()
                .append("SELECT ")
                .append(model.selectColumns(loading.deferred()))
                .append(" FROM ")
                .append(model.table);
        where(sql);
        orderBy(sql, orderList);
        page(sql, rows, skip);
        return sql;
    }

    /** The order, with the key appended so that first and last are well defined. */
    private List<Order<T>> orderOrKey() {
        if (!orders.isEmpty()) {
            return orders;
        }
        List<Order<T>> byKey = new ArrayList<>();
        for (FieldMeta key : model.meta.keys()) {
            byKey.add(new BasicAttribute<>(model.meta.type(), key.name(), Object.class).asc());
        }
        return byKey;
    }

    // ---- terminals

    @Override
    public List<T> list() {
        Sql sql = select(orders, limit, offset);
        return read("query", sql);
    }

    @Override
    public Stream<T> stream() {
        if (!loading.includes().isEmpty()) {
            throw new UnsupportedFeatureException("stream() of " + model.name() + " cannot load includes, which need"
                    + " every row first: use list(), or load them per batch with Repository.load");
        }
        Sql sql = select(orders, limit, offset);
        Lease lease = engine.lease(model, "stream", false);
        long start = System.nanoTime();
        PreparedStatement statement = null;
        ResultSet rows;
        try {
            statement = engine.prepare(lease, sql, null);
            rows = statement.executeQuery();
        } catch (SQLException e) {
            engine.failed(lease, sql, start, e);
            closeQuietly(statement, lease, e);
            throw engine.dialect.translate(e, model.meta, "stream");
        } catch (RuntimeException e) {
            closeQuietly(statement, lease, e);
            throw e;
        }
        PreparedStatement open = statement;
        Engine.RowReader<T> reader = model.reader(loading.deferred());
        long[] count = {0};
        Spliterator<T> rowsSpliterator = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE, Spliterator.ORDERED) {
            @Override
            public boolean tryAdvance(Consumer<? super T> action) {
                try {
                    if (!rows.next()) {
                        return false;
                    }
                    count[0]++;
                    action.accept(reader.read(rows));
                    return true;
                } catch (SQLException e) {
                    throw engine.dialect.translate(e, model.meta, "stream");
                }
            }
        };
        return StreamSupport.stream(rowsSpliterator, false).onClose(() -> {
            engine.report(sql, count[0], start, null);
            try {
                rows.close();
                open.close();
                lease.close();
            } catch (SQLException e) {
                throw engine.dialect.translate(e, model.meta, "closing a stream");
            }
        });
    }

    private static void closeQuietly(PreparedStatement statement, Lease lease, Exception cause) {
        try {
            if (statement != null) {
                statement.close();
            }
            lease.close();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    @Override
    public Optional<T> first() {
        Sql sql = select(orderOrKey(), 1, offset);
        List<T> found = read("first", sql);
        return found.stream().findFirst();
    }

    @Override
    public Optional<T> last() {
        if (limit >= 0 || offset > 0) {
            throw new InvalidValueException("last() of a query with limit or offset is ambiguous: reverse the order"
                    + " and use first() instead");
        }
        List<Order<T>> reversed = orderOrKey().stream().map(Order::reversed).toList();
        Sql sql = select(reversed, 1, 0);
        List<T> found = read("last", sql);
        return found.stream().findFirst();
    }

    @Override
    public T one() {
        Sql sql = select(orders, limit >= 0 ? Math.min(limit, 2) : 2, offset);
        List<T> found = read("one", sql);
        if (found.isEmpty()) {
            throw new NotFoundException("No " + model.name() + " matches the query " + describe());
        }
        if (found.size() > 1) {
            throw new NonUniqueResultException("More than one " + model.name() + " matches the query " + describe()
                    + ", but one() expects exactly one");
        }
        return found.get(0);
    }

    @Override
    public Optional<T> find(Object... key) {
        QueryImpl<T> byKey = byKey(key, "find");
        return byKey.read("find", byKey.select(List.of(), -1, 0)).stream().findFirst();
    }

    @Override
    public T get(Object... key) {
        return find(key)
                .orElseThrow(() -> new NotFoundException("No " + model.name() + " has the key "
                        + (key.length == 1 ? Model.describe(key[0]) : describeKey(key))
                        + (conditions.isEmpty() ? "" : " and matches " + conditions)));
    }

    /** This query narrowed to the row with {@code key}, each value checked and adapted to its key field. */
    private QueryImpl<T> byKey(Object[] key, String operation) {
        if (limit >= 0 || offset > 0) {
            throw new InvalidQueryException(operation + "(key) of " + model.name() + " reads one row by its key:"
                    + " remove limit and offset from the query");
        }
        List<FieldMeta> keys = model.meta.keys();
        if (key == null || key.length != keys.size()) {
            throw new InvalidValueException(model.name() + " has a key of " + keys.size() + " field(s) "
                    + keys.stream().map(FieldMeta::name).toList() + ", but " + (key == null ? 0 : key.length)
                    + " value(s) were given: " + (key == null ? "null" : describeKey(key)));
        }
        QueryImpl<T> narrowed = this;
        for (int i = 0; i < key.length; i++) {
            FieldMeta field = keys.get(i);
            Object value = model.keyValue(field, key[i]);
            model.encodeForComparison(field, value); // refused here, before any SQL
            narrowed = (QueryImpl<T>)
                    narrowed.where(new BasicAttribute<>(model.meta.type(), field.name(), Object.class).eq(value));
        }
        return narrowed;
    }

    private static String describeKey(Object[] key) {
        return java.util.Arrays.stream(key).map(Model::describe).toList().toString();
    }

    @Override
    public long count() {
        Sql sql = new Sql();
        if (limit >= 0 || offset > 0) {
            sql.append("SELECT COUNT(*) FROM (SELECT 1 AS one FROM ").append(model.table);
            where(sql);
            orderBy(sql, orders);
            page(sql, limit, offset);
            sql.append(") counted");
        } else {
            sql.append("SELECT COUNT(*) FROM ").append(model.table);
            where(sql);
        }
        return engine.run(model, "count", false, lease -> engine.query(lease, sql, row -> row.getLong(1)))
                .get(0);
    }

    @Override
    public boolean exists() {
        Sql sql = new Sql().append("SELECT 1 FROM ").append(model.table);
        where(sql);
        page(sql, 1, offset);
        return !engine.run(model, "exists", false, lease -> engine.query(lease, sql, row -> 1))
                .isEmpty();
    }

    @Override
    public long update(Assignment<T> assignment) {
        return update(List.of(assignment));
    }

    @Override
    public long update(List<Assignment<T>> assignments) {
        Objects.requireNonNull(assignments, "assignments");
        refuseWindow("update");
        if (assignments.isEmpty()) {
            throw new InvalidValueException("A set-based update of " + model.name() + " needs at least one assignment");
        }
        Map<String, Object> plainValues = new LinkedHashMap<>();
        for (Assignment<T> assignment : assignments) {
            if (assignment != null && assignment.value() instanceof Value<T, ?> value) {
                plainValues.put(assignment.target().name(), value.value());
            }
        }
        Condition<T> condition = condition();
        engine.writes.beforeSetBasedUpdate(model.meta.type(), condition, Collections.unmodifiableMap(plainValues));
        Sql sql = new Sql().append("UPDATE ").append(model.table).append(" SET ");
        Renderer renderer = new Renderer(model, sql);
        List<String> assigned = new ArrayList<>();
        for (int i = 0; i < assignments.size(); i++) {
            Assignment<T> assignment = Objects.requireNonNull(assignments.get(i), "assignment");
            FieldMeta field = renderer.field(assignment.target());
            if (field.key() || field.version()) {
                throw new InvalidValueException(field.qualifiedName() + " cannot be set by a set-based update: "
                        + (field.key() ? "it is part of the key" : "Toasty increments the version itself"));
            }
            if (model.clock(field) != io.toasty.internal.meta.ClockField.NONE) {
                throw new InvalidValueException(field.qualifiedName() + " cannot be set by a set-based update: the"
                        + " database's clock sets it");
            }
            if (assigned.contains(field.name())) {
                throw new InvalidValueException(field.qualifiedName() + " is assigned twice in one update");
            }
            assigned.add(field.name());
            sql.append(i > 0 ? ", " : "");
            renderer.assignment(assignment);
        }
        model.meta.version().ifPresent(version -> {
            String column = model.column(version);
            sql.append(", ").append(column).append(" = ").append(column).append(" + 1");
        });
        for (int position : model.updatedAtPositions) {
            sql.append(", ")
                    .append(model.column(model.fields[position]))
                    .append(" = ")
                    .append(Model.NOW);
        }
        where(sql);
        long count = engine.run(model, "update", true, lease -> engine.update(lease, sql));
        engine.writes.afterSetBasedUpdate(model.meta.type(), condition, count);
        return count;
    }

    @Override
    public long delete() {
        if (model.softDeleteColumn == null) {
            return hardDelete();
        }
        refuseWindow("delete");
        Sql sql = new Sql()
                .append("UPDATE ")
                .append(model.table)
                .append(" SET ")
                .append(model.softDeleteColumn)
                .append(" = ")
                .append(model.softDeleteNow());
        model.meta.version().ifPresent(version -> {
            String column = model.column(version);
            sql.append(", ").append(column).append(" = ").append(column).append(" + 1");
        });
        // already deleted rows keep the time they were deleted at
        new QueryImpl<>(engine, model, conditions, orders, limit, offset, Loading.none()).where(sql);
        Condition<T> condition = condition();
        engine.writes.beforeSetBasedDelete(model.meta.type(), condition);
        long count = engine.run(model, "delete", true, lease -> engine.update(lease, sql));
        engine.writes.afterSetBasedDelete(model.meta.type(), condition, count);
        return count;
    }

    @Override
    public long hardDelete() {
        refuseWindow("delete");
        Condition<T> condition = condition();
        engine.writes.beforeSetBasedDelete(model.meta.type(), condition);
        Sql sql = new Sql().append("DELETE FROM ").append(model.table);
        where(sql);
        long count = engine.run(model, "delete", true, lease -> engine.update(lease, sql));
        engine.writes.afterSetBasedDelete(model.meta.type(), condition, count);
        return count;
    }

    /** The query's conditions as one, as write hooks are told it: an empty AND for every row. */
    private Condition<T> condition() {
        return conditions.size() == 1 ? conditions.get(0) : new Junction<>(Junction.Kind.AND, conditions);
    }

    private void refuseWindow(String operation) {
        if (limit >= 0 || offset > 0 || !orders.isEmpty()) {
            throw new InvalidValueException("A set-based " + operation + " of " + model.name() + " applies to every"
                    + " matching row: remove limit, offset and orderBy from the query, or narrow the condition");
        }
    }

    // ---- pages

    private Paging<T> paging() {
        if (limit >= 0 || offset > 0) {
            throw new InvalidQueryException("A cursor page of " + model.name() + " sets its own limit: remove limit"
                    + " and offset from the query");
        }
        // the rows only: the query loads its includes afterwards, on the page's items (not the row that looks ahead)
        return new Paging<>(
                engine,
                model,
                aliveConditions(),
                orders,
                sql -> engine.run(model, "page", false, lease -> engine.query(lease, sql, model.reader())));
    }

    /** The conditions, with the soft-delete one first where this query leaves deleted rows out. */
    private List<Condition<T>> aliveConditions() {
        if (!aliveOnly()) {
            return typeConditions(conditions);
        }
        // pages and projections leave soft-deleted rows out like every other read
        List<Condition<T>> effective = new ArrayList<>(typeConditions(List.of()));
        effective.add(new BasicAttribute<>(
                        model.meta.type(), model.meta.softDelete().orElseThrow().name(), Object.class)
                .isNull());
        effective.addAll(conditions);
        return effective;
    }

    /** {@code conditions} after the one on the discriminator of a subclass of a single-table hierarchy, if any. */
    private List<Condition<T>> typeConditions(List<Condition<T>> conditions) {
        List<Condition<T>> effective = new ArrayList<>();
        model.meta
                .hierarchy()
                .flatMap(io.toasty.internal.meta.Hierarchy::restriction)
                .ifPresent(values -> {
                    String discriminator =
                            model.meta.hierarchy().orElseThrow().discriminator().name();
                    effective.add(new BasicAttribute<>(model.meta.type(), discriminator, String.class).in(values));
                });
        if (effective.isEmpty()) {
            return conditions;
        }
        effective.addAll(conditions);
        return effective;
    }

    @Override
    public Page<T> page(int size) {
        return withIncludes(paging().first(size));
    }

    /** Loads the query's includes on the items of a page: one more statement per relation and level. */
    private Page<T> withIncludes(Page<T> page) {
        if (!loading.includes().isEmpty() && !page.items().isEmpty()) {
            engine.run(model, "page", false, lease -> preload(lease, page.items()));
        }
        return page;
    }

    @Override
    public Page<T> page(String cursor) {
        Objects.requireNonNull(cursor, "cursor");
        return withIncludes(paging().follow(cursor));
    }

    @Override
    public NumberedPage<T> pageNumber(int number, int size) {
        if (limit >= 0 || offset > 0) {
            throw new InvalidQueryException("A numbered page of " + model.name() + " sets its own limit and offset:"
                    + " remove them from the query");
        }
        Paging.checkSize(size);
        if (number < 1) {
            throw new IllegalArgumentException("pages are numbered from 1, not " + number);
        }
        long skip = (long) (number - 1) * size;
        long total = count();
        QueryImpl<T> ordered = new QueryImpl<>(engine, model, conditions, orderOrKey(), size, skip, loading);
        List<T> items = total <= skip ? List.of() : ordered.list();
        return new NumberedPage<>(items, number, size, total);
    }

    @Override
    public <R> Projection<T, R> select(Class<R> type, List<? extends Expression<T, ?>> expressions) {
        return ProjectionImpl.of(engine, model, aliveConditions(), orders, limit, offset, type, expressions);
    }

    private String describe() {
        return conditions.isEmpty() ? "(all rows)" : conditions.toString();
    }
}
