package io.toasty.internal.engine;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Readers of one column into a Java type that no field describes: aggregates, raw SQL. Numbers convert between
 * widths where the value fits exactly (a {@code bigint} count into an {@code int}), and fail where it does not.
 */
final class ValueReaders {
    private ValueReaders() {}

    /** Reads one column of the current row. */
    interface Reader {
        Object read(ResultSet row, int column) throws SQLException;
    }

    static boolean numeric(Class<?> type) {
        Class<?> boxed = boxed(type);
        return boxed == Long.class
                || boxed == Integer.class
                || boxed == Short.class
                || boxed == Byte.class
                || boxed == Double.class
                || boxed == Float.class
                || boxed == BigDecimal.class
                || boxed == BigInteger.class
                || boxed == Number.class;
    }

    static Class<?> boxed(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        if (type == long.class) {
            return Long.class;
        }
        if (type == int.class) {
            return Integer.class;
        }
        if (type == short.class) {
            return Short.class;
        }
        if (type == byte.class) {
            return Byte.class;
        }
        if (type == double.class) {
            return Double.class;
        }
        if (type == float.class) {
            return Float.class;
        }
        if (type == boolean.class) {
            return Boolean.class;
        }
        if (type == char.class) {
            return Character.class;
        }
        return type;
    }

    /** A reader into {@code type}, or null where there is none. */
    static Reader forType(Class<?> type) {
        Class<?> boxed = boxed(type);
        if (boxed == String.class) {
            return ResultSet::getString;
        }
        if (numeric(boxed)) {
            return (row, column) -> number(row.getObject(column), boxed);
        }
        if (boxed == Boolean.class) {
            return (row, column) -> {
                boolean value = row.getBoolean(column);
                return row.wasNull() ? null : value;
            };
        }
        if (boxed == Character.class) {
            return (row, column) -> {
                String value = row.getString(column);
                return value == null || value.isEmpty() ? null : value.charAt(0);
            };
        }
        if (boxed == Instant.class) {
            return (row, column) -> {
                OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
                return value == null ? null : value.toInstant();
            };
        }
        if (boxed == OffsetDateTime.class) {
            return (row, column) -> {
                OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
                return value == null ? null : value.withOffsetSameInstant(ZoneOffset.UTC);
            };
        }
        if (boxed == LocalDate.class
                || boxed == LocalDateTime.class
                || boxed == LocalTime.class
                || boxed == UUID.class
                || boxed == byte[].class) {
            return (row, column) -> row.getObject(column, boxed);
        }
        if (boxed.isEnum()) {
            Object[] constants = boxed.getEnumConstants();
            return (row, column) -> {
                String name = row.getString(column);
                if (name == null) {
                    return null;
                }
                for (Object constant : constants) {
                    if (((Enum<?>) constant).name().equals(name)) {
                        return constant;
                    }
                }
                throw new IllegalArgumentException(boxed.getSimpleName() + " has no constant " + name);
            };
        }
        if (boxed == Object.class) {
            return ResultSet::getObject;
        }
        return null;
    }

    /** Converts a number read from the database to {@code type}, exactly. */
    static Object number(Object value, Class<?> type) {
        if (value == null || type == Number.class) {
            return value;
        }
        if (!(value instanceof Number number)) {
            throw new IllegalArgumentException(
                    "the database gave " + value.getClass().getSimpleName() + " " + value + ", not a number");
        }
        if (type.isInstance(value)) {
            return value;
        }
        if (type == Double.class) {
            return number.doubleValue();
        }
        if (type == Float.class) {
            return number.floatValue();
        }
        BigDecimal exact = number instanceof BigDecimal big
                ? big
                : number instanceof BigInteger big
                        ? new BigDecimal(big)
                        : number instanceof Double || number instanceof Float
                                ? BigDecimal.valueOf(number.doubleValue())
                                : BigDecimal.valueOf(number.longValue());
        if (type == BigDecimal.class) {
            return exact;
        }
        try {
            if (type == BigInteger.class) {
                return exact.toBigIntegerExact();
            }
            if (type == Long.class) {
                return exact.longValueExact();
            }
            if (type == Integer.class) {
                return exact.intValueExact();
            }
            if (type == Short.class) {
                return exact.shortValueExact();
            }
            if (type == Byte.class) {
                return exact.byteValueExact();
            }
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(
                    "the value " + exact + " does not fit a " + type.getSimpleName() + " exactly", e);
        }
        throw new IllegalArgumentException("cannot convert a number to " + type.getSimpleName());
    }
}
