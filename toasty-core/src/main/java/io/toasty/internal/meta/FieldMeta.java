package io.toasty.internal.meta;

import io.toasty.spi.ValueCodec;
import java.lang.reflect.Type;

/**
 * A stored field of a model, resolved for one database: its column, its storage kind and how it is bound.
 *
 * @param model the model's simple name, for messages
 * @param name the Java field name
 * @param column the column name
 * @param kind how the field is stored
 * @param type the field's Java type (boxed for primitives)
 * @param genericType the field's generic type, for JSON
 * @param primitive whether the Java field is primitive
 * @param nullable whether the column accepts null
 * @param key whether it is part of the primary key
 * @param auto whether its value is generated on insert
 * @param version whether it is the optimistic-lock version
 * @param unique whether it has a single-column unique constraint
 * @param index whether it has a single-column index
 * @param length the maximum length of a string, or 0
 * @param precision the declared precision, or 0
 * @param scale the declared scale
 * @param converter the {@code @Convert} codec, or null
 * @param storedKind the kind the value is stored as: {@code kind}, or the converter's stored kind
 * @param accessorIndex the field's position in the model accessor
 */
public record FieldMeta(
        String model,
        String name,
        String column,
        ValueKind kind,
        Class<?> type,
        Type genericType,
        boolean primitive,
        boolean nullable,
        boolean key,
        boolean auto,
        boolean version,
        boolean unique,
        boolean index,
        int length,
        int precision,
        int scale,
        ValueCodec<?, ?> converter,
        ValueKind storedKind,
        int accessorIndex) {

    /** {@code User.email}, for messages. */
    public String qualifiedName() {
        return model + "." + name;
    }

    /** Whether the database generates this field's value (an identity column). */
    public boolean databaseGenerated() {
        return auto && storedKind != ValueKind.UUID;
    }

    @Override
    public String toString() {
        return qualifiedName();
    }
}
