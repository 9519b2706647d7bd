package io.toasty.internal.engine;

import io.toasty.InvalidValueException;
import io.toasty.ToastyException;
import io.toasty.internal.dialect.Codec;
import io.toasty.internal.dialect.Dialect;
import io.toasty.internal.meta.ClockField;
import io.toasty.internal.meta.FieldMeta;
import io.toasty.internal.meta.ModelMeta;
import java.math.BigInteger;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * A model bound to a database: its metadata, a codec per field, and the SQL of its key-based statements, rendered
 * once at startup.
 */
final class Model<T> {
    /** Multi-row insert texts kept per model, by row count; past this many shapes the cache starts over. */
    private static final int INSERT_SHAPES = 32;

    final ModelMeta<T> meta;
    final Dialect dialect;
    private final Map<FieldMeta, Codec> codecs = new IdentityHashMap<>();
    private final Map<FieldMeta, String> columns = new IdentityHashMap<>();
    private final Map<FieldMeta, Integer> positions = new IdentityHashMap<>();
    /** The stored fields, by position, with their codecs. */
    final FieldMeta[] fields;

    private final Codec[] fieldCodecs;
    /** The JDBC getter the row reader calls itself for each field, by position: {@link Codec#getter()}. */
    private final Codec.Getter[] getters;
    /** Which fields the database's clock sets, by position. */
    private final ClockField[] clocks;
    /** Which fields are {@link io.toasty.Deferred}, by position: not read unless asked for. */
    private final boolean[] deferred;

    private final boolean hasDeferred;
    /** {@link #columnsRead} of the default select list. */
    private final int[] defaultColumns;
    /** The positions of the {@code @UpdatedAt} fields, which updates read back. */
    final int[] updatedAtPositions;
    /** The columns of {@link #updatedAtPositions}, unquoted, for JDBC's generated keys. */
    final String[] updatedAtColumns;

    final String table;
    final String selectColumns;
    final String keyCondition;
    /** The fields the database generates on insert, and their positions. */
    final FieldMeta[] generated;

    final int[] generatedPositions;
    /** The generated columns, unquoted, for JDBC's generated keys. */
    final String[] generatedColumns;
    /** {@code " RETURNING ..."} of the generated columns where the dialect has it, else empty. */
    final String returning;
    /** {@code SELECT <columns> FROM <table> WHERE <key> = ?}, and the other statements by key. */
    final String selectByKey;

    final String existsByKey;
    final String deleteByKey;
    /** {@code DELETE ... WHERE <key> = ? AND <version> = ?}; the same as {@link #deleteByKey} without a version. */
    final String deleteByKeyAndVersion;
    /** {@code UPDATE <table> SET <every other field> = ? WHERE <key> = ? [AND <version> = ?]}, or null. */
    final String updateByKey;
    /** The key fields' positions, in key order. */
    final int[] keyPositions;
    /** The version's position, or -1. */
    final int versionPosition;

    /** The quoted {@code @SoftDelete} column, or null. */
    final String softDeleteColumn;
    /** {@code DELETE ... WHERE <key> = ? [AND <version> = ?]}: the row removed even from a soft-deleting model. */
    final String hardDeleteByKey;

    final String hardDeleteByKeyAndVersion;

    private final String insertPrefix;
    /**
     * The start and one row of a multi-row insert whose generated fields all take their default: those columns are
     * left out, which PostgreSQL plans much faster than a {@code DEFAULT} in every row. A model whose every field is
     * generated names them all, with {@code DEFAULT}.
     */
    private final String defaultsPrefix;

    private final String defaultRow;

    private final Map<Integer, String> insertTexts = new ConcurrentHashMap<>();
    /**
     * The insert of rows given as one array per column, with their generated fields left to the database (see
     * {@link Dialect#insertFromArrays}), or null where the dialect or a field's kind has none.
     */
    final String arrayInsert;
    /** The array codec of each field that {@link #arrayInsert} binds, by position; null for the others. */
    private final ArrayCodec[] arrayCodecs;

    /** The relations, by name, and by their position in the accessor; set once when the engine links its models. */
    private Map<String, RelationLink> relations = Map.of();

    private RelationLink[] relationLinks = new RelationLink[0];

    void relations(Map<String, RelationLink> byName, RelationLink[] byIndex) {
        this.relations = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byName));
        this.relationLinks = byIndex;
    }

    Map<String, RelationLink> relations() {
        return relations;
    }

    Model(ModelMeta<T> meta, Dialect dialect) {
        this.meta = meta;
        this.dialect = dialect;
        List<FieldMeta> list = meta.fields();
        this.fields = list.toArray(FieldMeta[]::new);
        this.fieldCodecs = new Codec[fields.length];
        for (int i = 0; i < fields.length; i++) {
            Codec codec = dialect.codec(fields[i]);
            codecs.put(fields[i], codec);
            columns.put(fields[i], dialect.quote(fields[i].column()));
            positions.put(fields[i], i);
            fieldCodecs[i] = codec;
        }
        this.getters = Arrays.stream(fieldCodecs).map(Codec::getter).toArray(Codec.Getter[]::new);
        this.clocks = ClockField.of(meta);
        this.deferred = io.toasty.internal.meta.DeferredTypes.of(meta);
        boolean any = false;
        for (boolean isDeferred : deferred) {
            any |= isDeferred;
        }
        this.hasDeferred = any;
        this.defaultColumns = columnsRead(null);
        this.updatedAtPositions = java.util.stream.IntStream.range(0, fields.length)
                .filter(i -> clocks[i] == ClockField.UPDATED)
                .toArray();
        this.updatedAtColumns = Arrays.stream(updatedAtPositions)
                .mapToObj(i -> fields[i].column())
                .toArray(String[]::new);
        this.table = dialect.quote(meta.table());
        String allColumns = list.stream().map(this::column).collect(Collectors.joining(", "));
        this.selectColumns = java.util.stream.IntStream.range(0, fields.length)
                .filter(i -> !deferred[i])
                .mapToObj(i -> column(fields[i]))
                .collect(Collectors.joining(", "));
        this.keyCondition = meta.keys().stream()
                .map(k -> column(k) + " = " + codec(k).placeholder())
                .collect(Collectors.joining(" AND "));
        this.keyPositions = meta.keys().stream().mapToInt(this::position).toArray();
        this.versionPosition = meta.version().map(this::position).orElse(-1);
        this.generated = list.stream()
                .filter(f -> f.databaseGenerated() || clocks[position(f)] != ClockField.NONE)
                .toArray(FieldMeta[]::new);
        this.generatedPositions =
                Arrays.stream(generated).mapToInt(this::position).toArray();
        this.generatedColumns = Arrays.stream(generated).map(FieldMeta::column).toArray(String[]::new);
        this.returning = generated.length > 0 && dialect.supportsReturning()
                ? Arrays.stream(generated).map(this::column).collect(Collectors.joining(", ", " RETURNING ", ""))
                : "";
        this.softDeleteColumn = meta.softDelete().map(this::column).orElse(null);
        this.typeRestriction = meta.hierarchy()
                .flatMap(io.toasty.internal.meta.Hierarchy::restriction)
                .map(this::typeRestriction)
                .orElse(null);
        String restricted = typeRestriction == null ? "" : " AND " + typeRestriction;
        String alive = (softDeleteColumn == null ? "" : " AND " + softDeleteColumn + " IS NULL") + restricted;
        this.selectByKey = "SELECT " + selectColumns + " FROM " + table + " WHERE " + keyCondition + alive;
        this.existsByKey = "SELECT 1 FROM " + table + " WHERE " + keyCondition + alive;
        String versionCondition = meta.version()
                .map(v -> " AND " + column(v) + " = " + codec(v).placeholder())
                .orElse("");
        this.hardDeleteByKey = "DELETE FROM " + table + " WHERE " + keyCondition + restricted;
        this.hardDeleteByKeyAndVersion = hardDeleteByKey + versionCondition;
        if (softDeleteColumn == null) {
            this.deleteByKey = hardDeleteByKey;
            this.deleteByKeyAndVersion = hardDeleteByKeyAndVersion;
        } else {
            String bump = meta.version()
                    .map(v -> ", " + column(v) + " = " + column(v) + " + 1")
                    .orElse("");
            this.deleteByKey = "UPDATE " + table + " SET " + softDeleteColumn + " = " + softDeleteNow() + bump
                    + " WHERE " + keyCondition + alive;
            this.deleteByKeyAndVersion = deleteByKey + versionCondition;
        }
        String assignments = list.stream()
                .filter(f -> !f.key() && clock(f) != ClockField.CREATED)
                .map(f -> column(f) + " = " + (clock(f) == ClockField.UPDATED ? NOW : codec(f).placeholder()))
                .collect(Collectors.joining(", "));
        this.updateByKey = assignments.isEmpty()
                ? null
                : "UPDATE " + table + " SET " + assignments + " WHERE " + keyCondition + alive + versionCondition;
        this.insertPrefix = "INSERT INTO " + table + " (" + allColumns + ") VALUES ";
        List<FieldMeta> given = list.stream()
                .filter(f -> !f.databaseGenerated() && clock(f) == ClockField.NONE)
                .toList();
        List<FieldMeta> stamped =
                list.stream().filter(f -> clock(f) != ClockField.NONE).toList();
        List<FieldMeta> written = new java.util.ArrayList<>(given);
        written.addAll(stamped);
        this.defaultsPrefix = written.isEmpty()
                ? insertPrefix
                : written.stream()
                        .map(this::column)
                        .collect(Collectors.joining(", ", "INSERT INTO " + table + " (", ") VALUES "));
        this.arrayCodecs = new ArrayCodec[fields.length];
        boolean plain = given.stream().allMatch(f -> "?".equals(codec(f).placeholder()));
        String fromArrays = given.isEmpty() || !plain || !stamped.isEmpty()
                ? null
                : dialect.insertFromArrays(
                        table,
                        given.stream().map(this::column).toList(),
                        given.stream().map(FieldMeta::storedKind).toList());
        this.arrayInsert = fromArrays == null ? null : fromArrays + returning;
        if (arrayInsert != null) {
            for (FieldMeta field : given) {
                arrayCodecs[position(field)] =
                        new ArrayCodec(dialect.arrayElementType(field.storedKind()), field.storedKind());
            }
        }
        this.defaultRow = written.isEmpty()
                ? list.stream().map(f -> "DEFAULT").collect(Collectors.joining(", ", "(", ")"))
                : written.stream()
                        .map(f -> clock(f) != ClockField.NONE ? NOW : codec(f).placeholder())
                        .collect(Collectors.joining(", ", "(", ")"));
    }

    /** The database's clock, as every dialect writes it. */
    static final String NOW = "CURRENT_TIMESTAMP";

    /** Which clock, if any, sets this field. */
    ClockField clock(FieldMeta field) {
        return clocks[position(field)];
    }

    /** Which clock, if any, sets the field at {@code position}. */
    ClockField clockAt(int position) {
        return clocks[position];
    }

    /** Whether an insert binds the field at {@code position} when its generated fields take their defaults. */
    boolean boundOnInsert(int position) {
        return !fields[position].databaseGenerated() && clocks[position] == ClockField.NONE;
    }

    /** Texts of the statement shapes rendered on demand (upserts, batches), by a key that names the shape. */
    private final Map<Object, String> shapes = new ConcurrentHashMap<>();

    /** The text of a statement shape, rendered once and kept; past a few hundred shapes the cache starts over. */
    String shape(Object key, java.util.function.Supplier<String> render) {
        String text = shapes.get(key);
        if (text == null) {
            text = render.get();
            if (shapes.size() >= 256) {
                shapes.clear();
            }
            shapes.put(key, text);
        }
        return text;
    }

    /**
     * {@link #updateByKey} without the columns of {@code skipped} (by position): the update of an object whose
     * deferred fields were not loaded leaves those columns alone.
     */
    String updateSkipping(boolean[] skipped) {
        return shape("update-skipping " + Arrays.toString(skipped), () -> {
            StringBuilder sql = new StringBuilder("UPDATE ").append(table).append(" SET ");
            boolean first = true;
            for (int i = 0; i < fields.length; i++) {
                FieldMeta field = fields[i];
                if (field.key() || skipped[i] || clocks[i] == ClockField.CREATED) {
                    continue;
                }
                sql.append(first ? "" : ", ")
                        .append(column(field))
                        .append(" = ")
                        .append(
                                clocks[i] == ClockField.UPDATED
                                        ? NOW
                                        : codec(field).placeholder());
                first = false;
            }
            sql.append(" WHERE ").append(keyCondition);
            String alive = aliveCondition(null);
            sql.append(alive.isEmpty() ? "" : " AND " + alive);
            sql.append(typeRestriction == null ? "" : " AND " + typeRestriction);
            meta.version().ifPresent(version -> sql.append(" AND ")
                    .append(column(version))
                    .append(" = ")
                    .append(codec(version).placeholder()));
            return sql.toString();
        });
    }

    /**
     * {@code "type" IN ('Car', 'SportsCar')}: the rows of a subclass of a single-table hierarchy, which every read
     * and write of the subclass model is restricted to; null for other models and for a hierarchy's base.
     */
    final String typeRestriction;

    private String typeRestriction(List<String> values) {
        String column =
                dialect.quote(meta.hierarchy().orElseThrow().discriminator().column());
        return values.stream()
                        .map(value -> "'" + value.replace("'", "''") + "'")
                        .collect(Collectors.joining(", ", column + (values.size() == 1 ? " = " : " IN ("), ""))
                + (values.size() == 1 ? "" : ")");
    }

    /** {@link #typeRestriction} qualified by {@code qualifier}; empty for a model that reads every row of its table. */
    String typeCondition(String qualifier) {
        if (typeRestriction == null) {
            return "";
        }
        return qualifier == null ? typeRestriction : qualifier + "." + typeRestriction;
    }

    /** The database's current time, as the {@code @SoftDelete} column stores it. */
    String softDeleteNow() {
        return dialect.currentTime(meta.softDelete().orElseThrow().storedKind());
    }

    /** {@code "deleted_at" IS NULL}, qualified by {@code qualifier} when it is not null; empty without soft delete. */
    String aliveCondition(String qualifier) {
        if (softDeleteColumn == null) {
            return "";
        }
        return (qualifier == null ? "" : qualifier + ".") + softDeleteColumn + " IS NULL";
    }

    /** The position of a field among {@link #fields}. */
    int position(FieldMeta field) {
        return positions.get(field);
    }

    /** The codec that binds the values of the field at {@code position} as one array in {@link #arrayInsert}. */
    ArrayCodec arrayCodecAt(int position) {
        return arrayCodecs[position];
    }

    /** The codec of the field at {@code position}. */
    Codec codecAt(int position) {
        return fieldCodecs[position];
    }

    /**
     * {@code INSERT INTO <table> (<columns but the generated ones>) VALUES (?, ...), ... [RETURNING ...]} for
     * {@code rows} rows whose generated fields all take their default: rendered once per row count, so the driver
     * finds the same text (and its prepared statement) again.
     */
    String insertWithDefaults(int rows) {
        String text = insertTexts.get(rows);
        if (text == null) {
            StringBuilder sql = new StringBuilder(defaultsPrefix.length() + rows * (defaultRow.length() + 2) + 64)
                    .append(defaultsPrefix);
            for (int r = 0; r < rows; r++) {
                sql.append(r == 0 ? "" : ", ").append(defaultRow);
            }
            text = sql.append(returning).toString();
            if (insertTexts.size() >= INSERT_SHAPES) {
                insertTexts.clear();
            }
            insertTexts.put(rows, text);
        }
        return text;
    }

    /** The start of a multi-row insert rendered piece by piece: {@code INSERT INTO <table> (<columns>) VALUES }. */
    String insertPrefix() {
        return insertPrefix;
    }

    String name() {
        return meta.name();
    }

    /** Cursor-page plans and statement texts of this model, by shape; see {@link Paging}. Bounded there. */
    final Map<Object, Object> pagingCache = new ConcurrentHashMap<>();

    /** The models of the same engine, for subqueries of other models; set once when the engine starts. */
    private Map<Class<?>, Model<?>> peers = Map.of();

    void peers(Map<Class<?>, Model<?>> all) {
        this.peers = Map.copyOf(all);
    }

    /** The model of another class of the same engine. */
    Model<?> peer(Class<?> type) {
        Model<?> peer = type == meta.type() ? this : peers.get(type);
        if (peer == null) {
            throw new io.toasty.MappingException(type.getName() + " is used in a subquery but is not a model of this"
                    + " Toasty: add it with Toasty.builder(dataSource).models(" + type.getSimpleName()
                    + ".class, ...)");
        }
        return peer;
    }

    Codec codec(FieldMeta field) {
        return codecs.get(field);
    }

    /** The field's column, quoted. */
    String column(FieldMeta field) {
        return columns.get(field);
    }

    /**
     * Checks and encodes a value for a field, before any SQL is sent.
     *
     * @throws InvalidValueException naming the model, the field and the value
     */
    Object encode(FieldMeta field, Object value) {
        return encode(field, codec(field), value);
    }

    /** {@link #encode(FieldMeta, Object)} for the field at {@code position}. */
    Object encode(int position, Object value) {
        return encode(fields[position], fieldCodecs[position], value);
    }

    private static Object encode(FieldMeta field, Codec codec, Object value) {
        if (value == UNLOADED) {
            throw new InvalidValueException(field.qualifiedName() + " was not loaded, so its value is unknown and"
                    + " cannot be written: read the object with include(" + field.model() + "_." + field.name()
                    + "), or give the field a value with Deferred.of(...)");
        }
        if (value == null) {
            if (!field.nullable()) {
                throw new InvalidValueException(field.qualifiedName() + " is null, but "
                        + (field.key()
                                ? "it is part of the key: set a value"
                                : "its column is NOT NULL: set a value, or let the field be null (remove"
                                        + " @Column(nullable = false) or its NotNull annotation)"));
            }
            return null;
        }
        try {
            return codec.encode(value);
        } catch (IllegalArgumentException | ClassCastException e) {
            throw new InvalidValueException(
                    field.qualifiedName() + " cannot store the value " + describe(value) + ": " + e.getMessage(), e);
        }
    }

    /** Checks and encodes a value compared with a field in a condition; see {@link Codec#encodeForComparison}. */
    Object encodeForComparison(FieldMeta field, Object value) {
        try {
            return codec(field).encodeForComparison(value);
        } catch (IllegalArgumentException | ClassCastException e) {
            throw new InvalidValueException(
                    field.qualifiedName() + " cannot be compared with the value " + describe(value) + ": "
                            + e.getMessage(),
                    e);
        }
    }

    /** Adapts a key value of a compatible type: an {@code Integer} for a {@code Long} key, say. */
    Object keyValue(FieldMeta field, Object value) {
        if (value == null) {
            throw new InvalidValueException(meta.name() + " key " + field.name() + " is null: a key value is needed");
        }
        if (value instanceof Number number
                && !field.type().isInstance(value)
                && field.storedKind().isIntegral()
                && (value instanceof Integer
                        || value instanceof Long
                        || value instanceof Short
                        || value instanceof Byte
                        || value instanceof BigInteger)) {
            long exact;
            try {
                exact = number instanceof BigInteger big ? big.longValueExact() : number.longValue();
            } catch (ArithmeticException e) {
                throw new InvalidValueException(field.qualifiedName() + " cannot hold the key value " + value, e);
            }
            Object converted =
                    switch (field.storedKind()) {
                        case LONG -> exact;
                        case INT -> exact == (int) exact ? (Object) (int) exact : null;
                        case SHORT -> exact == (short) exact ? (Object) (short) exact : null;
                        case BYTE -> exact == (byte) exact ? (Object) (byte) exact : null;
                        default -> null;
                    };
            if (converted == null) {
                throw new InvalidValueException(
                        field.qualifiedName() + " cannot hold the key value " + value + ": it is out of range");
            }
            return field.converter() == null ? converted : value;
        }
        return value;
    }

    /**
     * A reader of rows whose columns are {@link #selectColumns} into new instances, for one query: it hands the
     * accessor the same array for every row, which {@link io.toasty.spi.ModelAccessor#create} only reads.
     */
    Engine.RowReader<T> reader() {
        Object[] values = new Object[fields.length];
        return row -> read(row, values, defaultColumns);
    }

    /**
     * A reader of rows whose columns are {@link #selectColumns} that reads each row's values into {@code values}
     * (by accessor index) before creating the instance, so that the caller can look at what a row held without
     * reading it back from the object (and boxing it again).
     */
    Engine.RowReader<T> reader(Object[] values) {
        return row -> read(row, values, defaultColumns);
    }

    /** A reader of rows whose columns are {@link #selectColumns(boolean[])} of {@code loaded}. */
    Engine.RowReader<T> reader(boolean[] loaded) {
        if (loaded == null) {
            return reader();
        }
        Object[] values = new Object[fields.length];
        int[] columnsRead = columnsRead(loaded);
        return row -> read(row, values, columnsRead);
    }

    /**
     * The select list of the stored fields but the {@link io.toasty.Deferred} ones not in {@code loaded} (by
     * position); null for {@link #selectColumns}.
     */
    String selectColumns(boolean[] loaded) {
        if (loaded == null) {
            return selectColumns;
        }
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            if (!deferred[i] || loaded[i]) {
                list.append(list.length() == 0 ? "" : ", ").append(column(fields[i]));
            }
        }
        return list.toString();
    }

    /** Per position, the 1-based column a field is read from, or 0 for a deferred field not read. */
    private int[] columnsRead(boolean[] loaded) {
        int[] columnsRead = new int[fields.length];
        int column = 0;
        for (int i = 0; i < fields.length; i++) {
            columnsRead[i] = !deferred[i] || (loaded != null && loaded[i]) ? ++column : 0;
        }
        return columnsRead;
    }

    /** The number of columns of {@link #selectColumns}: every field but the deferred ones. */
    int selectedWidth() {
        int width = 0;
        for (boolean isDeferred : deferred) {
            width += isDeferred ? 0 : 1;
        }
        return width;
    }

    /** Whether the field at {@code position} is a {@link io.toasty.Deferred} one. */
    boolean deferredAt(int position) {
        return deferred[position];
    }

    /** Whether the model has {@link io.toasty.Deferred} fields. */
    boolean hasDeferred() {
        return hasDeferred;
    }

    /** A deferred field's value where it was not loaded, in the arrays of {@link #values}. */
    static final Object UNLOADED = new Object() {
        @Override
        public String toString() {
            return "(not loaded)";
        }
    };

    private T read(ResultSet row, Object[] values, int[] columnsRead) throws SQLException {
        for (int i = 0; i < fields.length; i++) {
            Object value;
            if (columnsRead[i] == 0) {
                values[fields[i].accessorIndex()] = io.toasty.Deferred.unloaded(fields[i].qualifiedName());
                continue;
            }
            try {
                value = readColumn(row, i, columnsRead[i]);
            } catch (IllegalStateException | IllegalArgumentException | ArithmeticException e) {
                FieldMeta field = fields[i];
                throw new ToastyException(
                        "Cannot read " + field.qualifiedName() + " from column " + meta.table() + "." + field.column()
                                + ": " + e.getMessage(),
                        e);
            }
            if (value == null && fields[i].primitive()) {
                FieldMeta field = fields[i];
                throw new ToastyException("Cannot read " + field.qualifiedName() + ": column " + meta.table() + "."
                        + field.column() + " holds NULL, but the field is a primitive; make it a "
                        + field.type().getSimpleName() + " or the column NOT NULL");
            }
            values[fields[i].accessorIndex()] = deferred[i] ? io.toasty.Deferred.of(value) : value;
        }
        T instance = meta.accessor().create(values);
        for (RelationLink link : relationLinks) {
            meta.accessor().setRelation(instance, link.index, link.unloaded);
        }
        return instance;
    }

    /**
     * Column {@code column} of the current row as the value of the field at {@code position}: with the plain JDBC
     * getter where the field's codec only calls it (a direct call on the driver's result set, the same as
     * hand-written JDBC), with the codec otherwise.
     */
    private Object readColumn(ResultSet row, int position, int column) throws SQLException {
        switch (getters[position]) {
            case STRING:
                return row.getString(column);
            case LONG: {
                long value = row.getLong(column);
                return value == 0 && row.wasNull() ? null : (Object) value;
            }
            case INT: {
                int value = row.getInt(column);
                return value == 0 && row.wasNull() ? null : (Object) value;
            }
            case BOOLEAN: {
                boolean value = row.getBoolean(column);
                return !value && row.wasNull() ? null : (Object) value;
            }
            case DOUBLE: {
                double value = row.getDouble(column);
                return value == 0 && row.wasNull() ? null : (Object) value;
            }
            default:
                return fieldCodecs[position].read(row, column);
        }
    }

    /** The values of every field of an instance, by field position. */
    Object[] values(T instance) {
        meta.hierarchy().ifPresent(hierarchy -> hierarchy.checkRequired(instance));
        Object[] values = new Object[fields.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = meta.accessor().get(instance, fields[i].accessorIndex());
        }
        if (hasDeferred) {
            for (int i = 0; i < values.length; i++) {
                if (deferred[i] && values[i] instanceof io.toasty.Deferred<?> wrapped) {
                    values[i] = wrapped.isLoaded() ? wrapped.get() : UNLOADED;
                }
            }
        }
        return values;
    }

    /** A new instance like {@code values} (by field position), for records. */
    T create(Object[] values) {
        Object[] byAccessor = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (deferred[i]) {
                value = value == UNLOADED
                        ? io.toasty.Deferred.unloaded(fields[i].qualifiedName())
                        : io.toasty.Deferred.of(value);
            }
            byAccessor[fields[i].accessorIndex()] = value;
        }
        return meta.accessor().create(byAccessor);
    }

    T checkInstance(Object object, String operation) {
        if (object == null) {
            throw new InvalidValueException(operation + " of " + meta.name() + " was given null");
        }
        if (!meta.type().isInstance(object)) {
            throw new InvalidValueException(operation + " of " + meta.name() + " was given a "
                    + object.getClass().getName());
        }
        return meta.type().cast(object);
    }

    static String describe(Object value) {
        if (value instanceof String text) {
            String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
            return "'" + shown.replace("\0", "\\0") + "'";
        }
        if (value instanceof byte[] bytes) {
            return "byte[" + bytes.length + "]";
        }
        if (value instanceof Object[] array) {
            return Arrays.stream(array).map(Model::describe).toList().toString().replace("'", "");
        }
        return String.valueOf(value);
    }
}
