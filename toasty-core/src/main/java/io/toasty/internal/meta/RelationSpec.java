package io.toasty.internal.meta;

import java.util.List;

/**
 * A relation field as declared in source, read by the annotation processor or by reflection; see {@link FieldSpec}.
 *
 * @param name the field name
 * @param kind the kind its type says
 * @param targetTypeName the binary name of the related model (the type argument), or null when the type is raw
 * @param access how the field is read and written
 * @param getter the getter's name, for {@link FieldSpec.Access#PROPERTY}
 * @param setter the setter's name, for {@link FieldSpec.Access#PROPERTY}
 * @param annotated whether it has {@code @Relation}
 * @param mappedBy {@code @Relation(mappedBy)}
 * @param key {@code @Relation(key)}
 * @param onDelete the name of {@code @Relation(onDelete)}
 * @param through {@code @Relation(through)}
 * @param via {@code @Relation(via)}
 */
public record RelationSpec(
        String name,
        Kind kind,
        String targetTypeName,
        FieldSpec.Access access,
        String getter,
        String setter,
        boolean annotated,
        String mappedBy,
        List<String> key,
        String onDelete,
        String through,
        String via) {
    public RelationSpec {
        key = List.copyOf(key);
    }

    /** The kinds of relation, each with the field type that declares it. */
    public enum Kind {
        BELONGS_TO("io.toasty.relation.BelongsTo"),
        HAS_MANY("io.toasty.relation.HasMany"),
        HAS_ONE("io.toasty.relation.HasOne");

        private final String typeName;

        Kind(String typeName) {
            this.typeName = typeName;
        }

        /** The canonical name of the field type. */
        public String typeName() {
            return typeName;
        }

        /** The kind declared by a field of this erased type, or null when it is not a relation type. */
        public static Kind ofTypeName(String erasedTypeName) {
            for (Kind kind : values()) {
                if (kind.typeName.equals(erasedTypeName)) {
                    return kind;
                }
            }
            return null;
        }
    }

    /** Whether it goes through a join model. */
    public boolean isThrough() {
        return !through.isEmpty();
    }
}
