package io.toasty.internal.dialect;

import io.toasty.internal.meta.ValueKind;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Binds and reads an array field ({@code String[]}, {@code Integer[]}, {@code Long[]}, {@code UUID[]}) as a database
 * array: PostgreSQL's {@code text[]} and the like, H2's {@code ARRAY}. Elements may be null; strings are checked as
 * text columns are. A {@code List} field of the same elements is stored the same way, and read back as an
 * unmodifiable list.
 */
public final class ArrayColumnCodec implements Codec {
    private final ValueKind kind;
    private final Class<?> elementType;
    private final String sqlElementType;
    /** Whether the field is a {@code List}: encoded from one (or from an array), read back as one. */
    private final boolean list;

    ArrayColumnCodec(ValueKind kind, boolean list) {
        this.kind = kind;
        this.list = list;
        this.elementType = elementType(kind);
        this.sqlElementType = switch (kind) {
            case STRING_ARRAY -> "text";
            case INT_ARRAY -> "int4";
            case LONG_ARRAY -> "int8";
            default -> "uuid";
        };
    }

    /** The Java class of the elements of arrays of {@code kind}. */
    static Class<?> elementType(ValueKind kind) {
        return switch (kind) {
            case STRING_ARRAY -> String.class;
            case INT_ARRAY -> Integer.class;
            case LONG_ARRAY -> Long.class;
            case UUID_ARRAY -> UUID.class;
            default -> throw new IllegalArgumentException(kind + " is not an array kind");
        };
    }

    @Override
    public Object encode(Object value) {
        if (list && value instanceof java.util.List<?> elements) {
            Object[] typed = (Object[]) java.lang.reflect.Array.newInstance(elementType, elements.size());
            int i = 0;
            for (Object element : elements) {
                if (element != null && !elementType.isInstance(element)) {
                    throw new IllegalArgumentException("its element " + i + " is a "
                            + element.getClass().getSimpleName() + ", not a " + elementType.getSimpleName());
                }
                typed[i++] = element;
            }
            value = typed;
        }
        if (!(value instanceof Object[] array) || value.getClass().getComponentType() != elementType) {
            throw new IllegalArgumentException("it is a " + value.getClass().getSimpleName() + ", not a "
                    + (list ? "List<" + elementType.getSimpleName() + ">" : elementType.getSimpleName() + "[]"));
        }
        Object[] copy = array.clone();
        if (kind == ValueKind.STRING_ARRAY) {
            for (int i = 0; i < copy.length; i++) {
                if (copy[i] != null) {
                    copy[i] = Codecs.text().encode(copy[i]);
                }
            }
        }
        return copy;
    }

    /** Encodes one element compared with the array's elements in a condition. */
    public Object encodeElement(Object element) {
        if (!elementType.isInstance(element)) {
            throw new IllegalArgumentException(
                    "it is a " + element.getClass().getSimpleName() + ", not a " + elementType.getSimpleName());
        }
        return kind == ValueKind.STRING_ARRAY ? Codecs.text().encode(element) : element;
    }

    @Override
    public void bind(PreparedStatement statement, int index, Object encoded) throws SQLException {
        if (encoded == null) {
            statement.setNull(index, java.sql.Types.ARRAY);
            return;
        }
        statement.setArray(index, statement.getConnection().createArrayOf(sqlElementType, (Object[]) encoded));
    }

    @Override
    public Object read(ResultSet row, int column) throws SQLException {
        Array array = row.getArray(column);
        if (array == null) {
            return null;
        }
        try {
            Object[] raw = (Object[]) array.getArray();
            Object[] typed = (Object[]) java.lang.reflect.Array.newInstance(elementType, raw.length);
            for (int i = 0; i < raw.length; i++) {
                typed[i] = element(raw[i]);
            }
            return list ? java.util.Collections.unmodifiableList(java.util.Arrays.asList(typed)) : typed;
        } finally {
            array.free();
        }
    }

    private Object element(Object raw) {
        if (raw == null) {
            return null;
        }
        return switch (kind) {
            case STRING_ARRAY -> raw.toString();
            case INT_ARRAY -> ((Number) raw).intValue();
            case LONG_ARRAY -> ((Number) raw).longValue();
            default -> raw instanceof UUID uuid ? uuid : UUID.fromString(raw.toString());
        };
    }
}
