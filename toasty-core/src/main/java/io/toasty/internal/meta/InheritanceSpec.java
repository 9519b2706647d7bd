package io.toasty.internal.meta;

import java.util.List;

/**
 * Where a model type stands in a single-table hierarchy ({@link io.toasty.model.Inheritance}), as declared in
 * source: read the same way by the annotation processor and by reflection, and checked by {@link InheritanceRules}.
 *
 * @param typeName the qualified (binary) name of the type
 * @param simpleName its simple name
 * @param rootName the binary name of the topmost {@code @Model} class it extends, or its own name
 * @param rootSimpleName the root's simple name
 * @param rootTable the root's table
 * @param rootDeclaresInheritance whether the root is annotated {@code @Inheritance}
 * @param declaresInheritance whether this type is annotated {@code @Inheritance}
 * @param column the root's discriminator column
 * @param value this type's discriminator value, declared or its simple name
 * @param valueDeclared whether this type is annotated {@code @DiscriminatorValue}
 * @param declaredTable {@code @Model(table)} of this type, or empty
 * @param ownFields the stored fields this type declares itself (for a subclass, not the inherited ones)
 * @param ownRelations the relation fields this type declares itself
 * @param abstractType whether the type is abstract: no row is of it, only of its subclasses
 */
public record InheritanceSpec(
        String typeName,
        String simpleName,
        String rootName,
        String rootSimpleName,
        String rootTable,
        boolean rootDeclaresInheritance,
        boolean declaresInheritance,
        String column,
        String value,
        boolean valueDeclared,
        String declaredTable,
        List<String> ownFields,
        List<String> ownRelations,
        boolean abstractType) {
    public InheritanceSpec {
        ownFields = List.copyOf(ownFields);
        ownRelations = List.copyOf(ownRelations);
    }

    /** Whether the type extends another {@code @Model} class. */
    public boolean subclass() {
        return !typeName.equals(rootName);
    }

    /** Whether the type is the root of a hierarchy: annotated {@code @Inheritance} and extending no model. */
    public boolean root() {
        return !subclass() && declaresInheritance;
    }

    /** Whether the type is stored in a hierarchy's table: its root or one of its subclasses. */
    public boolean inHierarchy() {
        return root() || subclass();
    }
}
