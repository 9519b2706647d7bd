package io.toasty.internal.meta;

/**
 * A model field as declared in source, the same whether the annotation processor read it from the compiler's
 * model or Toasty read it by reflection at startup, so that {@link ModelRules} checks both the same way.
 *
 * @param name the Java field name
 * @param typeName the canonical name of the field's type, erased ({@code int}, {@code java.util.List}, {@code byte[]})
 * @param primitive whether the type is primitive
 * @param enumType whether the type is an enum
 * @param access how the field is read and written
 * @param getter the getter's name, for {@link Access#PROPERTY} and {@link Access#RECORD}
 * @param setter the setter's name, for {@link Access#PROPERTY}
 * @param annotations what the field's Toasty annotations say
 * @param embedded the {@code @Embeddable} type of the field, or null for a field stored in one column
 */
public record FieldSpec(
        String name,
        String typeName,
        boolean primitive,
        boolean enumType,
        Access access,
        String getter,
        String setter,
        FieldAnnotations annotations,
        EmbeddedSpec embedded) {

    /** A field stored in one column. */
    public FieldSpec(
            String name,
            String typeName,
            boolean primitive,
            boolean enumType,
            Access access,
            String getter,
            String setter,
            FieldAnnotations annotations) {
        this(name, typeName, primitive, enumType, access, getter, setter, annotations, null);
    }

    /** How a field is reached. */
    public enum Access {
        /** A non-private field, read and written directly. */
        FIELD,
        /** A private field with a non-private getter and setter. */
        PROPERTY,
        /** A record component: read by its accessor, written only through the canonical constructor. */
        RECORD,
        /** Private, with no usable getter or setter: cannot be mapped. */
        NONE
    }

    /** The field's storage kind, or null when its type cannot be stored in one column (or is embedded). */
    public ValueKind kind() {
        if (embedded != null) {
            return null;
        }
        if (annotations.converter() != null) {
            return ValueKind.CONVERTED;
        }
        if (annotations.json()) {
            return ValueKind.JSON;
        }
        if (enumType) {
            return annotations.enumOrdinal() ? ValueKind.ENUM_ORDINAL : ValueKind.ENUM_NAME;
        }
        return ValueKind.ofTypeName(typeName);
    }
}
