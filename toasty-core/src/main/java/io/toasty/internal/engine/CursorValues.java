package io.toasty.internal.engine;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The text form of the sort values a cursor carries, by the field's Java type; exact both ways. */
final class CursorValues {
    private CursorValues() {}

    /** Whether values of this type can travel in a cursor. */
    static boolean supports(Class<?> type) {
        return type == String.class
                || type == Character.class
                || type == Integer.class
                || type == Long.class
                || type == Short.class
                || type == Byte.class
                || type == Boolean.class
                || type == Double.class
                || type == Float.class
                || type == BigDecimal.class
                || type == BigInteger.class
                || type == UUID.class
                || type == Instant.class
                || type == OffsetDateTime.class
                || type == LocalDate.class
                || type == LocalDateTime.class
                || type == LocalTime.class
                || type.isEnum();
    }

    static String text(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Enum<?> constant ? constant.name() : value.toString();
    }

    /**
     * The value of a text made by {@link #text}.
     *
     * @throws IllegalArgumentException when the text is not a value of the type
     */
    static Object value(Class<?> type, String text) {
        if (text == null) {
            return null;
        }
        if (type == String.class) {
            return text;
        }
        if (type == Character.class) {
            if (text.length() != 1) {
                throw new IllegalArgumentException("not one character");
            }
            return text.charAt(0);
        }
        if (type == Integer.class) {
            return Integer.valueOf(text);
        }
        if (type == Long.class) {
            return Long.valueOf(text);
        }
        if (type == Short.class) {
            return Short.valueOf(text);
        }
        if (type == Byte.class) {
            return Byte.valueOf(text);
        }
        if (type == Boolean.class) {
            return Boolean.valueOf(text);
        }
        if (type == Double.class) {
            return Double.valueOf(text);
        }
        if (type == Float.class) {
            return Float.valueOf(text);
        }
        if (type == BigDecimal.class) {
            return new BigDecimal(text);
        }
        if (type == BigInteger.class) {
            return new BigInteger(text);
        }
        if (type == UUID.class) {
            return UUID.fromString(text);
        }
        if (type == Instant.class) {
            return Instant.parse(text);
        }
        if (type == OffsetDateTime.class) {
            return OffsetDateTime.parse(text);
        }
        if (type == LocalDate.class) {
            return LocalDate.parse(text);
        }
        if (type == LocalDateTime.class) {
            return LocalDateTime.parse(text);
        }
        if (type == LocalTime.class) {
            return LocalTime.parse(text);
        }
        if (type.isEnum()) {
            for (Object constant : type.getEnumConstants()) {
                if (((Enum<?>) constant).name().equals(text)) {
                    return constant;
                }
            }
            throw new IllegalArgumentException("no constant " + text);
        }
        throw new IllegalArgumentException("unsupported type " + type.getName());
    }
}
