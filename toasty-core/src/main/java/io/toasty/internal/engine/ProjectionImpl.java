package io.toasty.internal.engine;

import io.toasty.InvalidQueryException;
import io.toasty.NonUniqueResultException;
import io.toasty.NotFoundException;
import io.toasty.Projection;
import io.toasty.internal.meta.FieldMeta;
import io.toasty.query.Arithmetic;
import io.toasty.query.Attribute;
import io.toasty.query.Call;
import io.toasty.query.Condition;
import io.toasty.query.Expression;
import io.toasty.query.NumericCall;
import io.toasty.query.Order;
import io.toasty.query.ScalarSubquery;
import io.toasty.query.SqlFunction;
import io.toasty.query.StringCall;
import io.toasty.query.Value;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.Collectors;

/** A projection of a query: immutable; each refinement copies it. The row reader is planned once, at select. */
final class ProjectionImpl<T, R> implements Projection<T, R> {
    /** What a projection holds besides its query's parts. */
    private record Shape<T>(
            List<Expression<T, ?>> expressions,
            List<Expression<T, ?>> groups,
            List<Condition<T>> having,
            List<Order<T>> orders,
            int limit,
            long offset) {}

    private final Engine engine;
    private final Model<T> model;
    private final List<Condition<T>> conditions;
    private final Shape<T> shape;
    private final Engine.RowReader<R> reader;
    private final String target;
    /**
     * The statements of {@link #list()}, {@link #first()} and {@link #one()}, each rendered on first use: a projection
     * is immutable, so its text and values never change, and one kept in a constant is rendered once.
     */
    private final AtomicReferenceArray<Sql> rendered = new AtomicReferenceArray<>(3);

    private ProjectionImpl(
            Engine engine, Model<T> model, List<Condition<T>> conditions, Shape<T> shape, Reading<R> reading) {
        this.engine = engine;
        this.model = model;
        this.conditions = conditions;
        this.shape = shape;
        this.reader = reading.reader();
        this.target = reading.target();
    }

    private record Reading<R>(Engine.RowReader<R> reader, String target) {}

    static <T, R> ProjectionImpl<T, R> of(
            Engine engine,
            Model<T> model,
            List<Condition<T>> conditions,
            List<Order<T>> orders,
            int limit,
            long offset,
            Class<R> type,
            List<? extends Expression<T, ?>> expressions) {
        Objects.requireNonNull(type, "type");
        List<Expression<T, ?>> list = new ArrayList<>();
        for (Expression<T, ?> expression : Objects.requireNonNull(expressions, "expressions")) {
            list.add(Objects.requireNonNull(expression, "expression"));
        }
        if (list.isEmpty()) {
            throw new InvalidQueryException("A projection of " + model.name() + " into " + type.getSimpleName()
                    + " selects nothing: give at least one expression");
        }
        Reading<R> reading = new Reading<>(plan(model, type, list), type.getSimpleName());
        return new ProjectionImpl<>(
                engine,
                model,
                conditions,
                new Shape<>(List.copyOf(list), List.of(), List.of(), orders, limit, offset),
                reading);
    }

    private ProjectionImpl<T, R> with(Shape<T> changed) {
        return new ProjectionImpl<>(engine, model, conditions, changed, new Reading<>(reader, target));
    }

    // ---- planning the reader

    private static <T, R> Engine.RowReader<R> plan(Model<T> model, Class<R> type, List<Expression<T, ?>> list) {
        if (type.isRecord()) {
            RecordComponent[] components = RowMappers.components(type);
            if (components.length != list.size()) {
                throw new InvalidQueryException(type.getSimpleName() + " has " + components.length + " component"
                        + (components.length == 1 ? "" : "s") + ", but " + list.size() + " expression"
                        + (list.size() == 1 ? " is" : "s are") + " selected: "
                        + list.stream().map(String::valueOf).collect(Collectors.joining(", "))
                        + "; give one expression per component, in order");
            }
            ValueReaders.Reader[] readers = new ValueReaders.Reader[components.length];
            for (int i = 0; i < components.length; i++) {
                readers[i] = reader(
                        model,
                        list.get(i),
                        components[i].getType(),
                        type.getSimpleName() + "." + components[i].getName());
            }
            return RowMappers.record(type, readers);
        }
        if (list.size() != 1) {
            throw new InvalidQueryException(type.getSimpleName() + " is not a record, so it can hold only one"
                    + " selected expression, not " + list.size() + ": declare a record with one component per"
                    + " expression");
        }
        return RowMappers.scalar(type, reader(model, list.get(0), type, type.getSimpleName()));
    }

    /** The field whose type an expression keeps: a field, or min, max or coalesce of one. */
    private static FieldMeta naturalField(Model<?> model, Expression<?, ?> expression) {
        if (expression instanceof Attribute<?, ?> attribute) {
            return new Renderer(model, new Sql()).field(attribute);
        }
        SqlFunction function = null;
        List<? extends Expression<?, ?>> arguments = List.of();
        if (expression instanceof Call<?, ?> call) {
            function = call.function();
            arguments = call.arguments();
        } else if (expression instanceof NumericCall<?, ?> call) {
            function = call.function();
            arguments = call.arguments();
        } else if (expression instanceof StringCall<?> call) {
            function = call.function();
            arguments = call.arguments();
        }
        if ((function == SqlFunction.MIN || function == SqlFunction.MAX || function == SqlFunction.COALESCE)
                && !arguments.isEmpty()) {
            return naturalField(model, arguments.get(0));
        }
        return null;
    }

    private static ValueReaders.Reader reader(
            Model<?> model, Expression<?, ?> expression, Class<?> component, String where) {
        Class<?> boxed = ValueReaders.boxed(component);
        FieldMeta field = naturalField(model, expression);
        if (field != null) {
            if (boxed == field.type() || boxed == Object.class) {
                return model.codec(field)::read;
            }
            if (ValueReaders.numeric(boxed) && ValueReaders.numeric(field.type())) {
                return (row, column) -> ValueReaders.number(model.codec(field).read(row, column), boxed);
            }
            throw mismatch(where, component, expression, field.type().getSimpleName());
        }
        boolean numeric = expression instanceof NumericCall<?, ?> || expression instanceof Arithmetic<?, ?>;
        if (numeric && !ValueReaders.numeric(boxed) && boxed != Object.class) {
            throw mismatch(where, component, expression, "number");
        }
        if (expression instanceof StringCall<?> && boxed != String.class && boxed != Object.class) {
            throw mismatch(where, component, expression, "String");
        }
        if (expression instanceof Call<?, ?> call
                && call.function() == SqlFunction.NOW
                && boxed != Instant.class
                && boxed != OffsetDateTime.class
                && boxed != LocalDateTime.class) {
            throw mismatch(where, component, expression, "timestamp (Instant, OffsetDateTime or LocalDateTime)");
        }
        ValueReaders.Reader reader = ValueReaders.forType(component);
        if (reader == null) {
            throw new InvalidQueryException(where + " is a " + component.getSimpleName() + ", which Toasty cannot read "
                    + expression + " into");
        }
        return reader;
    }

    private static InvalidQueryException mismatch(
            String where, Class<?> component, Expression<?, ?> expression, String actual) {
        return new InvalidQueryException(where + " is a " + component.getSimpleName() + ", but " + expression
                + ", selected for it, is a " + actual + ": change the component's type");
    }

    // ---- refining

    @Override
    public Projection<T, R> groupBy(Expression<T, ?> expression) {
        List<Expression<T, ?>> more = new ArrayList<>(shape.groups());
        more.add(Objects.requireNonNull(expression, "expression"));
        return with(new Shape<>(
                shape.expressions(), List.copyOf(more), shape.having(), shape.orders(), shape.limit(), shape.offset()));
    }

    @Override
    public Projection<T, R> having(Condition<T> condition) {
        List<Condition<T>> more = new ArrayList<>(shape.having());
        more.add(Objects.requireNonNull(condition, "condition"));
        return with(new Shape<>(
                shape.expressions(), shape.groups(), List.copyOf(more), shape.orders(), shape.limit(), shape.offset()));
    }

    @Override
    public Projection<T, R> orderBy(Order<T> order) {
        Objects.requireNonNull(order, "order");
        return with(new Shape<>(
                shape.expressions(), shape.groups(), shape.having(), List.of(order), shape.limit(), shape.offset()));
    }

    @Override
    public Projection<T, R> thenBy(Order<T> order) {
        List<Order<T>> more = new ArrayList<>(shape.orders());
        more.add(Objects.requireNonNull(order, "order"));
        return with(new Shape<>(
                shape.expressions(), shape.groups(), shape.having(), List.copyOf(more), shape.limit(), shape.offset()));
    }

    @Override
    public Projection<T, R> limit(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("limit must not be negative, not " + count);
        }
        return with(new Shape<>(
                shape.expressions(), shape.groups(), shape.having(), shape.orders(), count, shape.offset()));
    }

    @Override
    public Projection<T, R> offset(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("offset must not be negative, not " + count);
        }
        return with(
                new Shape<>(shape.expressions(), shape.groups(), shape.having(), shape.orders(), shape.limit(), count));
    }

    // ---- checking and rendering

    private static boolean aggregates(Expression<?, ?> expression) {
        if (expression instanceof NumericCall<?, ?> call) {
            return call.function().aggregate() || call.arguments().stream().anyMatch(ProjectionImpl::aggregates);
        }
        if (expression instanceof Call<?, ?> call) {
            return call.function().aggregate() || call.arguments().stream().anyMatch(ProjectionImpl::aggregates);
        }
        if (expression instanceof StringCall<?> call) {
            return call.function().aggregate() || call.arguments().stream().anyMatch(ProjectionImpl::aggregates);
        }
        if (expression instanceof Arithmetic<?, ?> arithmetic) {
            return aggregates(arithmetic.left()) || aggregates(arithmetic.right());
        }
        return false;
    }

    /** Whether an expression reads the same value for every row of a group. */
    private boolean groupable(Expression<?, ?> expression) {
        if (shape.groups().contains(expression)) {
            return true;
        }
        if (expression instanceof Value<?, ?> || expression instanceof ScalarSubquery<?, ?>) {
            return true;
        }
        if (expression instanceof Attribute<?, ?>) {
            return false;
        }
        if (expression instanceof Arithmetic<?, ?> arithmetic) {
            return groupable(arithmetic.left()) && groupable(arithmetic.right());
        }
        SqlFunction function;
        List<? extends Expression<?, ?>> arguments;
        if (expression instanceof NumericCall<?, ?> call) {
            function = call.function();
            arguments = call.arguments();
        } else if (expression instanceof Call<?, ?> call) {
            function = call.function();
            arguments = call.arguments();
        } else if (expression instanceof StringCall<?> call) {
            function = call.function();
            arguments = call.arguments();
        } else {
            return false;
        }
        return function.aggregate() || arguments.stream().allMatch(this::groupable);
    }

    private Sql render(List<Order<T>> orders, int rows, long skip) {
        boolean grouped = !shape.groups().isEmpty()
                || shape.expressions().stream().anyMatch(ProjectionImpl::aggregates)
                || !shape.having().isEmpty();
        if (grouped) {
            for (int i = 0; i < shape.expressions().size(); i++) {
                Expression<T, ?> expression = shape.expressions().get(i);
                if (!groupable(expression)) {
                    throw new InvalidQueryException(expression + " is selected (expression " + (i + 1) + " of "
                            + target + ") but is neither grouped nor aggregated: add groupBy(" + expression
                            + "), or select an aggregate of it such as max()");
                }
            }
            for (Order<T> order : orders) {
                if (!groupable(order.expression())) {
                    throw new InvalidQueryException(order.expression() + " orders a grouped projection of "
                            + model.name() + " but is neither grouped nor aggregated: order by a grouped"
                            + " expression or an aggregate");
                }
            }
        }
        Sql sql = new Sql().append("SELECT ");
        Renderer renderer = new Renderer(model, sql);
        Renderer literal = new Renderer(model, sql);
        if (grouped) {
            literal.inlineIntegers();
        }
        for (int i = 0; i < shape.expressions().size(); i++) {
            sql.append(i > 0 ? ", " : "");
            literal.expression(shape.expressions().get(i));
        }
        sql.append(" FROM ").append(model.table);
        if (!conditions.isEmpty()) {
            sql.append(" WHERE ");
            for (int i = 0; i < conditions.size(); i++) {
                boolean wrap = conditions.size() > 1;
                sql.append(i > 0 ? " AND " : "").append(wrap ? "(" : "");
                renderer.condition(conditions.get(i));
                sql.append(wrap ? ")" : "");
            }
        }
        if (!shape.groups().isEmpty()) {
            sql.append(" GROUP BY ");
            for (int i = 0; i < shape.groups().size(); i++) {
                sql.append(i > 0 ? ", " : "");
                literal.expression(shape.groups().get(i));
            }
        }
        if (!shape.having().isEmpty()) {
            sql.append(" HAVING ");
            for (int i = 0; i < shape.having().size(); i++) {
                boolean wrap = shape.having().size() > 1;
                sql.append(i > 0 ? " AND " : "").append(wrap ? "(" : "");
                literal.condition(shape.having().get(i));
                sql.append(wrap ? ")" : "");
            }
        }
        if (!orders.isEmpty()) {
            sql.append(" ORDER BY ");
            for (int i = 0; i < orders.size(); i++) {
                sql.append(i > 0 ? ", " : "");
                literal.order(orders.get(i));
            }
        }
        if (rows >= 0) {
            sql.append(" LIMIT ").append(Integer.toString(rows));
        }
        if (skip > 0) {
            sql.append(" OFFSET ").append(Long.toString(skip));
        }
        return sql;
    }

    private List<R> run(int slot, String operation, int rows) {
        Sql sql = rendered.get(slot);
        if (sql == null) {
            sql = render(shape.orders(), rows, shape.offset());
            sql.toString(); // fixes the text, so that the statement is only read from now on
            rendered.set(slot, sql);
        }
        Sql statement = sql;
        return engine.run(model, operation, false, lease -> engine.query(lease, statement, reader));
    }

    @Override
    public List<R> list() {
        return run(0, "select", shape.limit());
    }

    @Override
    public Optional<R> first() {
        return run(1, "select first", shape.limit() >= 0 ? Math.min(shape.limit(), 1) : 1).stream()
                .findFirst();
    }

    @Override
    public R one() {
        List<R> found = run(2, "select one", shape.limit() >= 0 ? Math.min(shape.limit(), 2) : 2);
        if (found.isEmpty()) {
            throw new NotFoundException("No row of " + model.name() + " matches the projection into " + target);
        }
        if (found.size() > 1) {
            throw new NonUniqueResultException("More than one row of " + model.name() + " matches the projection into "
                    + target + ", but one() expects exactly one");
        }
        return found.get(0);
    }
}
