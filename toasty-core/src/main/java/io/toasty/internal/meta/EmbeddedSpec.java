package io.toasty.internal.meta;

import java.util.List;

/**
 * The {@code @Embeddable} type of a model field, as declared in source; read the same way as {@link ModelSpec}.
 *
 * @param typeName the binary name
 * @param simpleName the simple name
 * @param problems what makes the type itself unusable as an embeddable (not a record, a cycle)
 * @param fields its components, in declaration order
 */
public record EmbeddedSpec(String typeName, String simpleName, List<String> problems, List<FieldSpec> fields) {
    public EmbeddedSpec {
        problems = List.copyOf(problems);
        fields = List.copyOf(fields);
    }

    /** The spec an accessor of the embeddable reads: a record without table, key or relations. */
    public ModelSpec asModelSpec() {
        return new ModelSpec(typeName, simpleName, true, problems, "", List.of(), fields);
    }
}
