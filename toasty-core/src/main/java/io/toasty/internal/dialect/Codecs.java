package io.toasty.internal.dialect;

import io.toasty.internal.dialect.Codec.Getter;
import io.toasty.internal.meta.FieldMeta;
import io.toasty.internal.meta.ValueKind;
import io.toasty.spi.ValueCodec;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** The codecs of the built-in value kinds. */
public final class Codecs {
    private Codecs() {}

    public static Codec text() {
        return PLAIN_TEXT;
    }

    private static final Codec PLAIN_TEXT = new Text(0, null);

    static Codec forField(FieldMeta field, Dialect dialect) {
        Codec stored = forKind(field.storedKind(), field, dialect);
        if (field.converter() != null) {
            return new Converted(castCodec(field.converter()), stored);
        }
        return stored;
    }

    @SuppressWarnings("unchecked")
    private static ValueCodec<Object, Object> castCodec(ValueCodec<?, ?> codec) {
        return (ValueCodec<Object, Object>) codec;
    }

    private static Codec forKind(ValueKind kind, FieldMeta field, Dialect dialect) {
        return switch (kind) {
            case STRING -> new Text(field.length(), dialect);
            case STRING_ARRAY, INT_ARRAY, LONG_ARRAY, UUID_ARRAY ->
                new ArrayColumnCodec(kind, field.type() == java.util.List.class);
            case CHAR -> new Char();
            case BOOLEAN ->
                new Primitive(
                        Boolean.class,
                        Types.BOOLEAN,
                        ResultSet::getBoolean,
                        (s, i, v) -> s.setBoolean(i, (Boolean) v),
                        Getter.BOOLEAN);
            case BYTE ->
                new Simple(Byte.class, Types.SMALLINT) {
                    @Override
                    public Object encode(Object value) {
                        return ((Byte) check(value)).shortValue();
                    }

                    @Override
                    public Object read(ResultSet row, int column) throws SQLException {
                        short value = row.getShort(column);
                        if (row.wasNull()) {
                            return null;
                        }
                        if (value < Byte.MIN_VALUE || value > Byte.MAX_VALUE) {
                            throw new IllegalStateException(
                                    "the column holds " + value + ", which does not fit a byte");
                        }
                        return (byte) value;
                    }
                };
            case SHORT ->
                new Primitive(
                        Short.class,
                        Types.SMALLINT,
                        ResultSet::getShort,
                        (s, i, v) -> s.setShort(i, (Short) v),
                        Getter.NONE);
            case INT ->
                new Primitive(
                        Integer.class,
                        Types.INTEGER,
                        ResultSet::getInt,
                        (s, i, v) -> s.setInt(i, (Integer) v),
                        Getter.INT);
            case LONG ->
                new Primitive(
                        Long.class, Types.BIGINT, ResultSet::getLong, (s, i, v) -> s.setLong(i, (Long) v), Getter.LONG);
            case FLOAT ->
                new Primitive(
                        Float.class,
                        Types.REAL,
                        ResultSet::getFloat,
                        (s, i, v) -> s.setFloat(i, (Float) v),
                        Getter.NONE);
            case DOUBLE ->
                new Primitive(
                        Double.class,
                        Types.DOUBLE,
                        ResultSet::getDouble,
                        (s, i, v) -> s.setDouble(i, (Double) v),
                        Getter.DOUBLE);
            case BIG_DECIMAL -> new Decimal(field.precision(), field.scale());
            case BIG_INTEGER -> new Integral(field.precision() > 0 ? field.precision() : Dialect.BIG_INTEGER_DIGITS);
            case UUID -> new Typed(UUID.class, UUID.class, Types.OTHER);
            case INSTANT -> new Timestamp();
            case OFFSET_DATE_TIME ->
                new Typed(OffsetDateTime.class, OffsetDateTime.class, Types.TIMESTAMP_WITH_TIMEZONE);
            case LOCAL_DATE -> new Typed(LocalDate.class, LocalDate.class, Types.DATE);
            case LOCAL_TIME -> new Typed(LocalTime.class, LocalTime.class, Types.TIME);
            case LOCAL_DATE_TIME -> new Typed(LocalDateTime.class, LocalDateTime.class, Types.TIMESTAMP);
            case BYTES -> new Bytes();
            case ENUM_NAME -> new EnumName(field.type());
            case ENUM_ORDINAL -> new EnumOrdinal(field.type());
            case JSON -> new JsonCodec(field.genericType(), dialect.jsonPlaceholder());
            case CONVERTED -> throw new IllegalStateException("a converter cannot store a converted kind");
        };
    }

    /** A value bound with {@code setObject} as it is, after a type check. */
    private static class Simple implements Codec {
        private final Class<?> type;
        private final int sqlType;

        Simple(Class<?> type, int sqlType) {
            this.type = type;
            this.sqlType = sqlType;
        }

        Object check(Object value) {
            if (!type.isInstance(value)) {
                throw new IllegalArgumentException("expected a " + type.getSimpleName() + " but got a "
                        + value.getClass().getName());
            }
            return value;
        }

        @Override
        public Object encode(Object value) {
            return check(value);
        }

        @Override
        public void bind(PreparedStatement statement, int index, Object encoded) throws SQLException {
            if (encoded == null) {
                statement.setNull(index, sqlType);
            } else {
                statement.setObject(index, encoded);
            }
        }

        @Override
        public Object read(ResultSet row, int column) throws SQLException {
            return row.getObject(column);
        }
    }

    /** Reads one column of the current row. */
    @FunctionalInterface
    private interface ColumnReader {
        Object read(ResultSet row, int column) throws SQLException;
    }

    /** Binds one non-null value. */
    @FunctionalInterface
    private interface ValueBinder {
        void bind(PreparedStatement statement, int index, Object value) throws SQLException;
    }

    /**
     * A primitive column, bound with its typed setter (no type dispatch in the driver) and read with its typed
     * getter, whose SQL NULL JDBC reports only through wasNull.
     */
    private static final class Primitive extends Simple {
        private final ColumnReader reader;
        private final ValueBinder binder;
        private final Getter getter;

        Primitive(Class<?> type, int sqlType, ColumnReader reader, ValueBinder binder, Getter getter) {
            super(type, sqlType);
            this.reader = reader;
            this.binder = binder;
            this.getter = getter;
        }

        @Override
        public Getter getter() {
            return getter;
        }

        @Override
        public void bind(PreparedStatement statement, int index, Object encoded) throws SQLException {
            if (encoded == null) {
                super.bind(statement, index, null);
            } else {
                binder.bind(statement, index, encoded);
            }
        }

        @Override
        public Object read(ResultSet row, int column) throws SQLException {
            Object value = reader.read(row, column);
            return row.wasNull() ? null : value;
        }
    }

    /** A value read back with {@code getObject(column, type)}. */
    private static final class Typed extends Simple {
        private final Class<?> readType;

        Typed(Class<?> type, Class<?> readType, int sqlType) {
            super(type, sqlType);
            this.readType = readType;
        }

        @Override
        public Object read(ResultSet row, int column) throws SQLException {
            return row.getObject(column, readType);
        }
    }

    private static final class Text extends Simple {
        private final int length;
        private final Dialect dialect;

        Text(int length, Dialect dialect) {
            super(String.class, Types.VARCHAR);
            this.length = length;
            this.dialect = dialect;
        }

        @Override
        public Object encode(Object value) {
            String text = (String) check(value);
            checkText(text);
            // a database counts at most one character per UTF-16 unit: only a longer text needs counting
            if (length > 0 && text.length() > length && dialect.textLength(text) > length) {
                throw new IllegalArgumentException(
                        "is " + dialect.textLength(text) + " characters long; the column holds at most " + length);
            }
            return text;
        }

        @Override
        public Object encodeForComparison(Object value) {
            String text = (String) check(value);
            checkText(text);
            return text;
        }

        @Override
        public void bind(PreparedStatement statement, int index, Object encoded) throws SQLException {
            statement.setString(index, (String) encoded);
        }

        @Override
        public Object read(ResultSet row, int column) throws SQLException {
            return row.getString(column);
        }

        @Override
        public Getter getter() {
            return Getter.STRING;
        }
    }

    /** Refuses what PostgreSQL cannot store (NUL) and what pgjdbc would silently corrupt (lone surrogates). */
    static void checkText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0' || Character.isSurrogate(c)) {
                checkText(text, i);
                return;
            }
        }
    }

    /** The slow part of {@link #checkText(String)}, from the first NUL or surrogate on. */
    private static void checkText(String text, int first) {
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                throw new IllegalArgumentException(
                        "contains a NUL character (at index " + i + "), which databases cannot store in text");
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                throw new IllegalArgumentException(
                        "contains an unpaired UTF-16 surrogate (at index " + i + "), which is not valid Unicode");
            }
            if (Character.isLowSurrogate(c)) {
                throw new IllegalArgumentException(
                        "contains an unpaired UTF-16 surrogate (at index " + i + "), which is not valid Unicode");
            }
        }
    }

    private static final class Char extends Simple {
        Char() {
            super(Character.class, Types.VARCHAR);
        }

        @Override
        public Object encode(Object value) {
            String text = String.valueOf((char) (Character) check(value));
            checkText(text);
            return text;
        }

        @Override
        public Object read(ResultSet row, int column) throws SQLException {
            String text = row.getString(column);
            return text == null || text.isEmpty() ? null : text.charAt(0);
        }
    }

    private static final class Decimal extends Simple {
        private final int precision;
        private final int scale;

        private final boolean comparing;

        Decimal(int precision, int scale) {
            this(precision, scale, false);
        }

        private Decimal(int precision, int scale, boolean comparing) {
            super(BigDecimal.class, Types.NUMERIC);
            this.precision = precision;
            this.scale = scale;
            this.comparing = comparing;
        }

        @Override
        public Object encodeForComparison(Object value) {
            return new Decimal(0, 0, true).encode(value);
        }

        @Override
        public Object encode(Object value) {
            BigDecimal decimal = (BigDecimal) check(value);
            if (precision == 0 || comparing) {
                return decimal;
            }
            BigDecimal stripped = decimal.stripTrailingZeros();
            if (stripped.scale() > scale) {
                throw new IllegalArgumentException("has " + stripped.scale() + " decimal places; the column keeps "
                        + scale + " (round it first, choosing how)");
            }
            int integerDigits = stripped.precision() - stripped.scale();
            if (integerDigits > precision - scale) {
                throw new IllegalArgumentException("has " + integerDigits + " digits before the point; the column"
                        + " (precision " + precision + ", scale " + scale + ") holds at most " + (precision - scale));
            }
            return decimal;
        }

        @Override
        public Object read(ResultSet row, int column) throws SQLException {
            return row.getBigDecimal(column);
        }
    }

    private static final class Integral extends Simple {
        private final int digits;

        Integral(int digits) {
            super(BigInteger.class, Types.NUMERIC);
            this.digits = digits;
        }

        @Override
        public Object encode(Object value) {
            BigInteger integer = (BigInteger) check(value);
            if (digits == Integer.MAX_VALUE) {
                return new BigDecimal(integer);
            }
            int length = integer.abs().toString().length();
            if (length > digits) {
                throw new IllegalArgumentException("has " + length + " digits; the column holds at most " + digits);
            }
            return new BigDecimal(integer);
        }

        @Override
        public Object encodeForComparison(Object value) {
            return new Integral(Integer.MAX_VALUE).encode(value);
        }

        @Override
        public Object read(ResultSet row, int column) throws SQLException {
            BigDecimal value = row.getBigDecimal(column);
            return value == null ? null : value.toBigIntegerExact();
        }
    }

    private static final class Timestamp extends Simple {
        Timestamp() {
            super(Instant.class, Types.TIMESTAMP_WITH_TIMEZONE);
        }

        @Override
        public Object encode(Object value) {
            return ((Instant) check(value)).atOffset(ZoneOffset.UTC);
        }

        @Override
        public Object read(ResultSet row, int column) throws SQLException {
            OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
            return value == null ? null : value.toInstant();
        }
    }

    private static final class Bytes extends Simple {
        Bytes() {
            super(byte[].class, Types.VARBINARY);
        }

        @Override
        public void bind(PreparedStatement statement, int index, Object encoded) throws SQLException {
            statement.setBytes(index, (byte[]) encoded);
        }

        @Override
        public Object read(ResultSet row, int column) throws SQLException {
            return row.getBytes(column);
        }
    }

    private static final class EnumName extends Simple {
        private final Class<?> enumType;
        /** The constants by name, looked up once: getEnumConstants() copies its array on every call. */
        private final Map<String, Object> byName;

        EnumName(Class<?> enumType) {
            super(enumType, Types.VARCHAR);
            this.enumType = enumType;
            Map<String, Object> constants = new HashMap<>();
            for (Object constant : enumType.getEnumConstants()) {
                constants.put(((Enum<?>) constant).name(), constant);
            }
            this.byName = Map.copyOf(constants);
        }

        @Override
        public Object encode(Object value) {
            return ((Enum<?>) check(value)).name();
        }

        @Override
        public Object read(ResultSet row, int column) throws SQLException {
            String name = row.getString(column);
            if (name == null) {
                return null;
            }
            Object constant = byName.get(name);
            if (constant != null) {
                return constant;
            }
            throw new IllegalStateException(
                    "the column holds '" + name + "', which is not a constant of " + enumType.getSimpleName());
        }
    }

    private static final class EnumOrdinal extends Simple {
        private final Object[] constants;

        EnumOrdinal(Class<?> enumType) {
            super(enumType, Types.INTEGER);
            this.constants = enumType.getEnumConstants();
        }

        @Override
        public Object encode(Object value) {
            return ((Enum<?>) check(value)).ordinal();
        }

        @Override
        public Object read(ResultSet row, int column) throws SQLException {
            int ordinal = row.getInt(column);
            if (row.wasNull()) {
                return null;
            }
            if (ordinal < 0 || ordinal >= constants.length) {
                throw new IllegalStateException("the column holds ordinal " + ordinal + ", but the enum has "
                        + constants.length + " constants");
            }
            return constants[ordinal];
        }
    }

    private static final class Converted implements Codec {
        private final ValueCodec<Object, Object> converter;
        private final Codec stored;

        Converted(ValueCodec<Object, Object> converter, Codec stored) {
            this.converter = converter;
            this.stored = stored;
        }

        @Override
        public Object encode(Object value) {
            if (!converter.type().isInstance(value)) {
                throw new IllegalArgumentException(
                        "expected a " + converter.type().getSimpleName() + " but got a "
                                + value.getClass().getName());
            }
            Object converted = converter.encode(value);
            if (converted == null) {
                throw new IllegalArgumentException(converter.getClass().getSimpleName() + " encoded it as null");
            }
            return stored.encode(converted);
        }

        @Override
        public Object encodeForComparison(Object value) {
            return encode(value);
        }

        @Override
        public void bind(PreparedStatement statement, int index, Object encoded) throws SQLException {
            stored.bind(statement, index, encoded);
        }

        @Override
        public Object read(ResultSet row, int column) throws SQLException {
            Object value = stored.read(row, column);
            return value == null ? null : converter.decode(value);
        }

        @Override
        public String placeholder() {
            return stored.placeholder();
        }
    }
}
