package io.toasty.internal.engine;

import io.toasty.internal.dialect.Codec;
import io.toasty.internal.meta.ValueKind;
import java.lang.reflect.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Binds values, each already encoded by its field's codec, as one SQL array: a long IN list, or a column of a
 * multi-row insert. The array is typed ({@code Integer[]}, not {@code Object[]}) where the kind allows, so that the
 * driver picks its encoder for that type rather than its generic one for objects.
 *
 * @param elementType the array's element type, as the JDBC driver names it
 * @param componentType the Java type of the encoded values, or {@code Object}
 */
record ArrayCodec(String elementType, Class<?> componentType) implements Codec {
    ArrayCodec(String elementType, ValueKind kind) {
        this(elementType, componentType(kind));
    }

    /** The class of the values a field of this kind encodes to, where it is one type. */
    private static Class<?> componentType(ValueKind kind) {
        return switch (kind) {
            case STRING, CHAR, ENUM_NAME -> String.class;
            case BOOLEAN -> Boolean.class;
            case BYTE, SHORT -> Short.class;
            case INT, ENUM_ORDINAL -> Integer.class;
            case LONG -> Long.class;
            case FLOAT -> Float.class;
            case DOUBLE -> Double.class;
            case UUID -> UUID.class;
            default -> Object.class;
        };
    }

    /** An array for {@code length} encoded values, to bind with this codec. */
    Object[] newArray(int length) {
        return (Object[]) Array.newInstance(componentType, length);
    }

    @Override
    public Object encode(Object value) {
        return value;
    }

    @Override
    public void bind(PreparedStatement statement, int index, Object encoded) throws SQLException {
        statement.setArray(index, statement.getConnection().createArrayOf(elementType, (Object[]) encoded));
    }

    @Override
    public Object read(ResultSet row, int column) throws SQLException {
        throw new UnsupportedOperationException("arrays are only bound");
    }
}
