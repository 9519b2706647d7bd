package io.toasty.internal.engine;

import io.toasty.InvalidValueException;
import io.toasty.ToastyException;
import io.toasty.internal.dialect.Codec;
import io.toasty.internal.dialect.Dialect;
import io.toasty.internal.meta.FieldMeta;
import io.toasty.internal.meta.ModelMeta;
import java.math.BigInteger;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A model bound to a database: its metadata, a codec per field, and the SQL of its key-based statements, rendered
 * once at startup.
 */
final class Model<T> {
    final ModelMeta<T> meta;
    final Dialect dialect;
    private final Map<FieldMeta, Codec> codecs = new IdentityHashMap<>();
    private final Codec[] readCodecs;
    final String table;
    final String selectColumns;
    final String keyCondition;

    Model(ModelMeta<T> meta, Dialect dialect) {
        this.meta = meta;
        this.dialect = dialect;
        List<FieldMeta> fields = meta.fields();
        this.readCodecs = new Codec[fields.size()];
        for (int i = 0; i < fields.size(); i++) {
            Codec codec = dialect.codec(fields.get(i));
            codecs.put(fields.get(i), codec);
            readCodecs[i] = codec;
        }
        this.table = dialect.quote(meta.table());
        this.selectColumns = fields.stream().map(f -> dialect.quote(f.column())).collect(Collectors.joining(", "));
        this.keyCondition = meta.keys().stream()
                .map(k -> dialect.quote(k.column()) + " = " + codecs.get(k).placeholder())
                .collect(Collectors.joining(" AND "));
    }

    String name() {
        return meta.name();
    }

    Codec codec(FieldMeta field) {
        return codecs.get(field);
    }

    String column(FieldMeta field) {
        return dialect.quote(field.column());
    }

    /**
     * Checks and encodes a value for a field, before any SQL is sent.
     *
     * @throws InvalidValueException naming the model, the field and the value
     */
    Object encode(FieldMeta field, Object value) {
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
            return codec(field).encode(value);
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

    /** Reads the current row, whose columns are {@link #selectColumns}, into a new instance. */
    T read(ResultSet row) throws SQLException {
        List<FieldMeta> fields = meta.fields();
        Object[] values = new Object[fields.size()];
        for (int i = 0; i < values.length; i++) {
            FieldMeta field = fields.get(i);
            Object value;
            try {
                value = readCodecs[i].read(row, i + 1);
            } catch (IllegalStateException | IllegalArgumentException | ArithmeticException e) {
                throw new ToastyException(
                        "Cannot read " + field.qualifiedName() + " from column " + meta.table() + "." + field.column()
                                + ": " + e.getMessage(),
                        e);
            }
            if (value == null && field.primitive()) {
                throw new ToastyException("Cannot read " + field.qualifiedName() + ": column " + meta.table() + "."
                        + field.column() + " holds NULL, but the field is a primitive; make it a "
                        + field.type().getSimpleName() + " or the column NOT NULL");
            }
            values[field.accessorIndex()] = value;
        }
        return meta.accessor().create(values);
    }

    /** The values of every field of an instance, by field position. */
    Object[] values(T instance) {
        List<FieldMeta> fields = meta.fields();
        Object[] values = new Object[fields.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = meta.get(instance, fields.get(i));
        }
        return values;
    }

    /** A new instance like {@code values} (by field position), for records. */
    T create(Object[] values) {
        List<FieldMeta> fields = meta.fields();
        Object[] byAccessor = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            byAccessor[fields.get(i).accessorIndex()] = values[i];
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
        return String.valueOf(value);
    }
}
