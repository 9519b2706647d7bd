package io.toasty.internal.engine;

import io.toasty.InvalidQueryException;
import io.toasty.InvalidValueException;
import io.toasty.MappingException;
import io.toasty.UnsupportedFeatureException;
import io.toasty.internal.dialect.ArrayColumnCodec;
import io.toasty.internal.dialect.Codec;
import io.toasty.internal.dialect.Codecs;
import io.toasty.internal.meta.FieldMeta;
import io.toasty.query.Arithmetic;
import io.toasty.query.ArrayCondition;
import io.toasty.query.Assignment;
import io.toasty.query.Attribute;
import io.toasty.query.Between;
import io.toasty.query.Call;
import io.toasty.query.Comparison;
import io.toasty.query.Condition;
import io.toasty.query.Exists;
import io.toasty.query.Expression;
import io.toasty.query.InList;
import io.toasty.query.InSubquery;
import io.toasty.query.JsonPathCondition;
import io.toasty.query.Junction;
import io.toasty.query.Like;
import io.toasty.query.Not;
import io.toasty.query.NullCheck;
import io.toasty.query.NumericCall;
import io.toasty.query.Order;
import io.toasty.query.RawCondition;
import io.toasty.query.RelationCondition;
import io.toasty.query.ScalarSubquery;
import io.toasty.query.SqlFunction;
import io.toasty.query.StringCall;
import io.toasty.query.Subquery;
import io.toasty.query.Value;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;

/**
 * Renders conditions, expressions and orders of one model into SQL, encoding every value with the codec of the
 * field it meets. Values are always bound; identifiers come only from model metadata.
 */
final class Renderer {
    /**
     * IN lists longer than this are bound as one array where the dialect can: one bound value, and one SQL text for
     * any length, so the driver finds its prepared statement again.
     */
    static final int ARRAY_THRESHOLD = 32;

    private final Model<?> model;
    private final Sql sql;
    private boolean writing;
    /** How the model's table is named where a subquery refers to it: the table, or an alias. */
    final String qualifier;
    /** How many subqueries deep this renders, for unique aliases. */
    final int depth;

    Renderer(Model<?> model, Sql sql) {
        this(model, sql, model.table, 0);
    }

    Renderer(Model<?> model, Sql sql, String qualifier, int depth) {
        this.model = model;
        this.sql = sql;
        this.qualifier = qualifier;
        this.depth = depth;
    }

    /** Whether integer values are written as literals, so that a grouped expression reads the same everywhere. */
    private boolean inlineIntegers;

    /**
     * Writes integer values as literals from now on: PostgreSQL takes {@code "age" / $1} in the select list and
     * {@code "age" / $2} in {@code GROUP BY} for different expressions. Numbers cannot carry SQL, so this is safe.
     */
    Renderer inlineIntegers() {
        this.inlineIntegers = true;
        return this;
    }

    /** Renders {@code "column" = value} of a set-based update; the value is checked as a write. */
    void assignment(Assignment<?> assignment) {
        sql.append(model.column(field(assignment.target()))).append(" = ");
        writing = true;
        try {
            expression(assignment.value());
        } finally {
            writing = false;
        }
    }

    void condition(Condition<?> condition) {
        if (condition instanceof Comparison<?> comparison) {
            comparison(comparison);
        } else if (condition instanceof InList<?> in) {
            in(in);
        } else if (condition instanceof NullCheck<?> check) {
            expression(check.target());
            sql.append(check.negated() ? " IS NOT NULL" : " IS NULL");
        } else if (condition instanceof Like<?> like) {
            String escape = " ESCAPE '" + Like.ESCAPE + "'";
            if (like.ignoreCase()) {
                sql.append("LOWER(");
                expression(like.target());
                sql.append(") LIKE LOWER(");
                bindText(like.target(), like.pattern());
                sql.append(')').append(escape);
            } else {
                expression(like.target());
                sql.append(" LIKE ");
                bindText(like.target(), like.pattern());
                sql.append(escape);
            }
        } else if (condition instanceof Between<?> between) {
            expression(between.target());
            sql.append(" BETWEEN ");
            expression(between.low());
            sql.append(" AND ");
            expression(between.high());
        } else if (condition instanceof Junction<?> junction) {
            junction(junction);
        } else if (condition instanceof JsonPathCondition<?> json) {
            jsonPath(json);
        } else if (condition instanceof ArrayCondition<?> array) {
            array(array);
        } else if (condition instanceof Not<?> not) {
            sql.append("NOT (");
            condition(not.condition());
            sql.append(')');
        } else if (condition instanceof InSubquery<?> in) {
            expression(in.target());
            sql.append(in.negated() ? " NOT IN " : " IN ");
            subquery(in.subquery(), 1);
        } else if (condition instanceof Exists<?> exists) {
            sql.append(exists.negated() ? "NOT EXISTS " : "EXISTS ");
            subquery(exists.subquery(), 0);
        } else if (condition instanceof RawCondition<?> raw) {
            RawSql.Parsed parsed = RawSql.parse(raw.sql(), "Condition.raw");
            parsed.render(sql, raw.values(), "Condition.raw(\"" + raw.sql() + "\")");
        } else if (condition instanceof RelationCondition<?> relation) {
            RelationRenderer.exists(model, sql, this, relation);
        } else {
            throw new IllegalStateException("unknown condition " + condition);
        }
    }

    /** Contains all, overlaps (each element checked with the dialect's contains), or a length comparison. */
    private void array(ArrayCondition<?> array) {
        FieldMeta field = field(array.target());
        String column = model.column(field);
        if (array.kind() == ArrayCondition.Kind.LENGTH) {
            sql.append("CARDINALITY(")
                    .append(column)
                    .append(") ")
                    .append(array.operator().sql())
                    .append(' ');
            sql.bind(RAW, array.length());
            return;
        }
        List<?> elements = array.elements();
        boolean all = array.kind() == ArrayCondition.Kind.CONTAINS_ALL;
        if (elements.isEmpty()) {
            sql.append(all ? "1 = 1" : "1 = 0");
            return;
        }
        ArrayColumnCodec codec = (ArrayColumnCodec) model.codec(field);
        String[] around = model.dialect.arrayContains(column).split("\\?", 2);
        sql.append(elements.size() > 1 ? "(" : "");
        for (int i = 0; i < elements.size(); i++) {
            Object element = elements.get(i);
            Object encoded;
            try {
                encoded = codec.encodeElement(element);
            } catch (IllegalArgumentException e) {
                throw new InvalidValueException(
                        field.qualifiedName() + " cannot hold the element " + Model.describe(element) + ": "
                                + e.getMessage(),
                        e);
            }
            sql.append(i == 0 ? "" : all ? " AND " : " OR ").append(around[0]);
            sql.bind(RAW, encoded);
            sql.append(around[1]);
        }
        sql.append(elements.size() > 1 ? ")" : "");
    }

    /** The text at a JSON path compared with a value, where the dialect has JSON path operators. */
    private void jsonPath(JsonPathCondition<?> json) {
        FieldMeta field = field(json.target());
        if (field.storedKind() != io.toasty.internal.meta.ValueKind.JSON) {
            throw new MappingException(json.target() + " is not a @Json field: jsonText(...) reads inside JSON only");
        }
        String[] around = model.dialect
                .jsonPathText(model.column(field), field.qualifiedName() + " -> " + String.join(" -> ", json.path()))
                .split("\\?", 2);
        String[] keys = new String[json.path().size()];
        for (int i = 0; i < keys.length; i++) {
            try {
                keys[i] = (String)
                        Codecs.text().encode(Objects.requireNonNull(json.path().get(i), "key"));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new InvalidValueException(
                        "A JSON path into " + field.qualifiedName() + " has a bad key "
                                + Model.describe(json.path().get(i)) + ": " + e.getMessage(),
                        e);
            }
        }
        sql.append(around[0]);
        sql.bind(new ArrayCodec("text", String.class), keys);
        sql.append(around[1]);
        if (json.value() == null) {
            sql.append(json.operator() == Comparison.Operator.EQ ? " IS NULL" : " IS NOT NULL");
            return;
        }
        sql.append(' ').append(json.operator().sql()).append(' ');
        try {
            sql.bind(Codecs.text(), Codecs.text().encode(json.value()));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(
                    "A value compared with " + field.qualifiedName() + " -> " + String.join(" -> ", json.path())
                            + " is refused: " + Model.describe(json.value()) + " " + e.getMessage(),
                    e);
        }
    }

    private void comparison(Comparison<?> comparison) {
        if (comparison.ignoreCase()) {
            sql.append("LOWER(");
            expression(comparison.left());
            sql.append(") ").append(comparison.operator().sql()).append(" LOWER(");
            expression(comparison.right());
            sql.append(')');
        } else {
            expression(comparison.left());
            sql.append(' ').append(comparison.operator().sql()).append(' ');
            expression(comparison.right());
        }
    }

    private void junction(Junction<?> junction) {
        if (junction.parts().isEmpty()) {
            sql.append(junction.kind() == Junction.Kind.AND ? "1 = 1" : "1 = 0");
            return;
        }
        sql.append('(');
        String separator = junction.kind() == Junction.Kind.AND ? " AND " : " OR ";
        for (int i = 0; i < junction.parts().size(); i++) {
            if (i > 0) {
                sql.append(separator);
            }
            condition(junction.parts().get(i));
        }
        sql.append(')');
    }

    private void in(InList<?> in) {
        List<?> values = in.values();
        if (values.isEmpty()) {
            sql.append(in.negated() ? "1 = 1" : "1 = 0");
            return;
        }
        FieldMeta field = fieldOf(in.target());
        Codec codec = field == null ? null : model.codec(field);
        String arrayType = field == null ? null : model.dialect.arrayElementType(field.storedKind());
        if (values.size() > ARRAY_THRESHOLD && arrayType != null) {
            int chunk = model.dialect.maxArrayLength();
            sql.append('(');
            for (int from = 0; from < values.size(); from += chunk) {
                List<?> part = values.subList(from, Math.min(values.size(), from + chunk));
                ArrayCodec arrayCodec = new ArrayCodec(arrayType, field.storedKind());
                Object[] encoded = arrayCodec.newArray(part.size());
                for (int i = 0; i < encoded.length; i++) {
                    encoded[i] = encode(field, part.get(i));
                }
                sql.append(from == 0 ? "" : in.negated() ? " AND " : " OR ");
                expression(in.target());
                sql.append(in.negated() ? " <> ALL(" : " = ANY(");
                sql.bind(arrayCodec, encoded);
                sql.append(')');
            }
            sql.append(')');
            return;
        }
        if (values.size() > model.dialect.maxBindParameters() - sql.bindCount()) {
            throw new UnsupportedFeatureException("An IN list of " + values.size() + " values on "
                    + in.target() + " exceeds what " + model.dialect.name() + " can bind in one statement, and"
                    + " values of this type cannot be bound as one array");
        }
        expression(in.target());
        sql.append(in.negated() ? " NOT IN (" : " IN (");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                sql.append(", ");
            }
            if (field == null) {
                sql.bind(RAW, values.get(i));
            } else {
                sql.bind(codec, encode(field, values.get(i)));
            }
        }
        sql.append(')');
    }

    void expression(Expression<?, ?> expression) {
        if (expression instanceof Attribute<?, ?> attribute) {
            sql.append(model.column(field(attribute)));
        } else if (expression instanceof Value<?, ?> value) {
            value(value);
        } else if (expression instanceof Arithmetic<?, ?> arithmetic) {
            sql.append('(');
            expression(arithmetic.left());
            sql.append(' ').append(arithmetic.operator().sql()).append(' ');
            expression(arithmetic.right());
            sql.append(')');
        } else if (expression instanceof Call<?, ?> call) {
            call(call.function(), call.arguments());
        } else if (expression instanceof NumericCall<?, ?> call) {
            call(call.function(), call.arguments());
        } else if (expression instanceof StringCall<?> call) {
            call(call.function(), call.arguments());
        } else if (expression instanceof ScalarSubquery<?, ?> scalar) {
            subquery(scalar.subquery(), 1);
        } else {
            throw new IllegalStateException("unknown expression " + expression);
        }
    }

    private void call(SqlFunction function, List<? extends Expression<?, ?>> arguments) {
        if (function == SqlFunction.NOW) {
            sql.append(function.sql());
            return;
        }
        sql.append(function.sql()).append('(');
        if (arguments.isEmpty()) {
            sql.append('*');
        }
        sql.append(function == SqlFunction.COUNT_DISTINCT ? "DISTINCT " : "");
        for (int i = 0; i < arguments.size(); i++) {
            sql.append(i > 0 ? ", " : "");
            expression(arguments.get(i));
        }
        sql.append(')');
    }

    /**
     * Renders {@code (SELECT ... FROM "table" "sqN" WHERE ...)}: the subquery's own columns unqualified (the
     * innermost table is found first), the enclosing query's qualified by its table or alias.
     *
     * @param selections how many expressions it must select: 1, or 0 for {@code EXISTS}
     */
    private void subquery(Subquery<?, ?> subquery, int selections) {
        Model<?> inner = model.peer(subquery.model());
        String innerAlias = model.dialect.quote("sq" + (depth + 1));
        Renderer nested = new Renderer(inner, sql, innerAlias, depth + 1);
        nested.inlineIntegers = inlineIntegers;
        if (selections == 1 && subquery.selected().size() != 1) {
            throw new InvalidQueryException("A subquery of " + inner.name() + " used in in(...) or value() must"
                    + " select one expression: add select(...) to Subquery.from(" + inner.name() + ".class)");
        }
        sql.append("(SELECT ");
        if (selections == 0) {
            sql.append('1');
        } else {
            nested.expression(subquery.selected().get(0));
        }
        sql.append(" FROM ").append(inner.table).append(' ').append(innerAlias);
        // a soft-deleting model's deleted rows are left out of subqueries too
        String alive = inner.aliveCondition(innerAlias);
        String ofType = inner.typeCondition(innerAlias);
        alive = ofType.isEmpty() ? alive : alive.isEmpty() ? ofType : alive + " AND " + ofType;
        int parts = subquery.conditions().size() + subquery.correlations().size() + (alive.isEmpty() ? 0 : 1);
        if (parts > 0) {
            sql.append(" WHERE ").append(alive);
        }
        int written = alive.isEmpty() ? 0 : 1;
        for (Condition<?> condition : subquery.conditions()) {
            sql.append(written++ > 0 ? " AND " : "").append(parts > 1 ? "(" : "");
            nested.condition(condition);
            sql.append(parts > 1 ? ")" : "");
        }
        for (Subquery.Correlation correlation : subquery.correlations()) {
            sql.append(written++ > 0 ? " AND " : "");
            sql.append(innerAlias).append('.').append(inner.column(nested.field(correlation.inner())));
            sql.append(" = ");
            sql.append(qualifier).append('.').append(model.column(field(correlation.outer())));
        }
        sql.append(')');
    }

    private void value(Value<?, ?> value) {
        if (inlineIntegers
                && (value.value() instanceof Integer
                        || value.value() instanceof Long
                        || value.value() instanceof Short
                        || value.value() instanceof Byte)) {
            sql.append(value.value().toString());
            return;
        }
        FieldMeta field = fieldOf(value.counterpart());
        if (field == null) {
            sql.bind(RAW, value.value());
        } else if (value.value() == null) {
            sql.bind(model.codec(field), model.encode(field, null));
        } else {
            sql.bind(model.codec(field), encode(field, value.value()));
        }
    }

    private void bindText(Expression<?, String> target, String text) {
        try {
            sql.bind(Codecs.text(), Codecs.text().encode(text));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(
                    "A pattern matched against " + target + " is refused: " + Model.describe(text) + " "
                            + e.getMessage(),
                    e);
        }
    }

    private Object encode(FieldMeta field, Object value) {
        return writing ? model.encode(field, value) : model.encodeForComparison(field, value);
    }

    void order(Order<?> order) {
        expression(order.expression());
        sql.append(order.descending() ? " DESC" : " ASC");
        boolean nullsFirst =
                switch (order.nulls()) {
                    case DEFAULT -> order.descending();
                    case FIRST -> true;
                    case LAST -> false;
                };
        FieldMeta field = order.expression() instanceof Attribute<?, ?> attribute ? field(attribute) : null;
        if (field == null || field.nullable()) {
            sql.append(nullsFirst ? " NULLS FIRST" : " NULLS LAST");
        }
    }

    FieldMeta field(Attribute<?, ?> attribute) {
        if (attribute.model() != model.meta.type()) {
            throw new MappingException(attribute + " belongs to "
                    + attribute.model().getSimpleName() + " and cannot be used in a statement on " + model.name());
        }
        FieldMeta field = model.meta.field(attribute.name());
        if (field == null) {
            throw new MappingException(attribute + " is not a stored field of " + model.name()
                    + ": the metamodel is out of date; recompile");
        }
        return field;
    }

    /** The field whose codec binds values compared with {@code expression}: the first attribute in it. */
    private FieldMeta fieldOf(Expression<?, ?> expression) {
        if (expression instanceof Attribute<?, ?> attribute) {
            return field(attribute);
        }
        if (expression instanceof Arithmetic<?, ?> arithmetic) {
            FieldMeta left = fieldOf(arithmetic.left());
            return left != null ? left : fieldOf(arithmetic.right());
        }
        if (expression instanceof Value<?, ?> value) {
            return fieldOf(value.counterpart());
        }
        if (expression instanceof Call<?, ?> call) {
            return fieldOfCall(call.function(), call.arguments());
        }
        if (expression instanceof NumericCall<?, ?> call) {
            return fieldOfCall(call.function(), call.arguments());
        }
        if (expression instanceof StringCall<?> call) {
            return fieldOfCall(call.function(), call.arguments());
        }
        return null;
    }

    /** The field whose codec fits the value of a call: its argument's, where the call keeps the argument's type. */
    private FieldMeta fieldOfCall(SqlFunction function, List<? extends Expression<?, ?>> arguments) {
        return switch (function) {
            case MIN, MAX, COALESCE, ABS, LOWER, UPPER, SUM, AVG ->
                arguments.isEmpty() ? null : fieldOf(arguments.get(0));
            case NOW, LENGTH, COUNT, COUNT_DISTINCT -> null;
        };
    }

    /** Binds a value as it is: numbers in arithmetic with no field to take a codec from. */
    private static final Codec RAW = new Codec() {
        @Override
        public Object encode(Object value) {
            return value;
        }

        @Override
        public void bind(PreparedStatement statement, int index, Object encoded) throws SQLException {
            statement.setObject(index, encoded);
        }

        @Override
        public Object read(ResultSet row, int column) throws SQLException {
            return row.getObject(column);
        }
    };
}
