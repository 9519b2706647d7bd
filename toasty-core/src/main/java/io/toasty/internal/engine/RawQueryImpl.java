package io.toasty.internal.engine;

import io.toasty.MappingException;
import io.toasty.NonUniqueResultException;
import io.toasty.NotFoundException;
import io.toasty.RawQuery;
import io.toasty.ToastyException;
import io.toasty.internal.meta.FieldMeta;
import java.lang.reflect.RecordComponent;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A raw SQL statement: parsed once when made; bound and checked before it is sent. Immutable. */
final class RawQueryImpl implements RawQuery {
    private final Engine engine;
    private final String text;
    private final RawSql.Parsed parsed;
    private final List<Object> positional;
    private final Map<String, Object> named;

    RawQueryImpl(Engine engine, String text, List<Object> positional) {
        this(
                engine,
                text,
                RawSql.parse(text, "raw SQL"),
                Collections.unmodifiableList(new ArrayList<>(positional)),
                Map.of());
    }

    private RawQueryImpl(
            Engine engine, String text, RawSql.Parsed parsed, List<Object> positional, Map<String, Object> named) {
        this.engine = engine;
        this.text = text;
        this.parsed = parsed;
        this.positional = positional;
        this.named = named;
    }

    @Override
    public RawQuery bind(String name, Object value) {
        Objects.requireNonNull(name, "name");
        Map<String, Object> more = new LinkedHashMap<>(named);
        more.put(name, value);
        return new RawQueryImpl(engine, text, parsed, positional, Collections.unmodifiableMap(more));
    }

    private Sql statement() {
        Sql sql = Sql.of(parsed.jdbc(), parsed.names().size());
        parsed.bind(sql, positional, named, "The SQL \"" + text + "\"");
        return sql;
    }

    @Override
    public <R> List<R> list(Class<R> type) {
        return query(type, "raw query");
    }

    private <R> List<R> query(Class<R> type, String operation) {
        Objects.requireNonNull(type, "type");
        Sql sql = statement();
        return engine.run(null, operation, false, lease -> engine.query(lease, sql, new LabelReader<>(type)));
    }

    @Override
    public <R> Optional<R> first(Class<R> type) {
        return query(type, "raw query").stream().findFirst();
    }

    @Override
    public <R> R one(Class<R> type) {
        List<R> found = query(type, "raw query");
        if (found.isEmpty()) {
            throw new NotFoundException("The SQL \"" + text + "\" returned no row");
        }
        if (found.size() > 1) {
            throw new NonUniqueResultException(
                    "The SQL \"" + text + "\" returned " + found.size() + " rows, but one() expects exactly one");
        }
        return found.get(0);
    }

    @Override
    public long execute() {
        Sql sql = statement();
        return engine.run(null, "raw statement", true, lease -> engine.update(lease, sql));
    }

    /** The normal form of a column label or name: lower case, without underscores. */
    static String normal(String label) {
        return label.replace("_", "").toLowerCase(Locale.ROOT);
    }

    /**
     * Reads rows into a type, planning the columns from the first row's metadata: once per query, not per row.
     */
    private final class LabelReader<R> implements Engine.RowReader<R> {
        private final Class<R> type;
        private Engine.RowReader<R> planned;

        LabelReader(Class<R> type) {
            this.type = type;
        }

        @Override
        public R read(ResultSet row) throws SQLException {
            if (planned == null) {
                planned = plan(row.getMetaData());
            }
            return planned.read(row);
        }

        private Engine.RowReader<R> plan(ResultSetMetaData meta) throws SQLException {
            Map<String, Integer> columns = new LinkedHashMap<>();
            for (int i = meta.getColumnCount(); i >= 1; i--) {
                columns.put(normal(meta.getColumnLabel(i)), i);
            }
            Model<?> model = engine.modelOrNull(type);
            if (model != null) {
                return modelReader(model, columns);
            }
            if (type.isRecord()) {
                return recordReader(columns, meta.getColumnCount());
            }
            ValueReaders.Reader reader = ValueReaders.forType(type);
            if (reader == null) {
                throw new MappingException(type.getName() + " is neither a model of this Toasty, nor a record, nor a"
                        + " value Toasty can read from a column");
            }
            return RowMappers.scalar(type, reader);
        }

        private Engine.RowReader<R> modelReader(Model<?> model, Map<String, Integer> columns) {
            FieldMeta[] fields = model.fields;
            int[] positions = new int[fields.length];
            List<String> missing = new ArrayList<>();
            for (int i = 0; i < fields.length; i++) {
                Integer position = columns.get(normal(fields[i].column()));
                if (position == null) {
                    missing.add(fields[i].column());
                } else {
                    positions[i] = position;
                }
            }
            if (!missing.isEmpty()) {
                throw new MappingException("The SQL \"" + text + "\" is read into " + model.name() + ", but its rows"
                        + " have no column " + String.join(", ", missing) + ": select every column of "
                        + model.meta.table());
            }
            Object[] values = new Object[fields.length];
            return row -> {
                for (int i = 0; i < fields.length; i++) {
                    Object value;
                    try {
                        value = model.codecAt(i).read(row, positions[i]);
                    } catch (IllegalStateException | IllegalArgumentException | ArithmeticException e) {
                        throw new ToastyException(
                                "Cannot read " + fields[i].qualifiedName() + " from the SQL \"" + text + "\": "
                                        + e.getMessage(),
                                e);
                    }
                    if (value == null && fields[i].primitive()) {
                        throw new MappingException("Cannot read " + fields[i].qualifiedName() + ": the SQL \"" + text
                                + "\" gave NULL, but the field is a primitive");
                    }
                    values[fields[i].accessorIndex()] = value;
                }
                return type.cast(model.meta.accessor().create(values));
            };
        }

        private Engine.RowReader<R> recordReader(Map<String, Integer> columns, int count) {
            RecordComponent[] components = RowMappers.components(type);
            boolean byName = true;
            for (RecordComponent component : components) {
                byName &= columns.containsKey(normal(component.getName()));
            }
            if (!byName && components.length != count) {
                throw new MappingException("The SQL \"" + text + "\" is read into " + type.getSimpleName()
                        + ", but its " + count + " columns (" + String.join(", ", columns.keySet())
                        + ") neither name every component nor match their number (" + components.length + ")");
            }
            ValueReaders.Reader[] readers = new ValueReaders.Reader[components.length];
            for (int i = 0; i < components.length; i++) {
                ValueReaders.Reader reader = ValueReaders.forType(components[i].getType());
                if (reader == null) {
                    throw new MappingException(type.getSimpleName() + "." + components[i].getName() + " is a "
                            + components[i].getType().getSimpleName() + ", which Toasty cannot read from a column");
                }
                int position = byName ? columns.get(normal(components[i].getName())) : i + 1;
                readers[i] = position == i + 1 ? reader : (row, column) -> reader.read(row, position);
            }
            return RowMappers.record(type, readers);
        }
    }
}
