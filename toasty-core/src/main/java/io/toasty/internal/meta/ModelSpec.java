package io.toasty.internal.meta;

import java.util.List;

/**
 * A model type as declared in source; see {@link FieldSpec}.
 *
 * @param typeName the qualified name
 * @param simpleName the simple name
 * @param record whether it is a record
 * @param problemsOfType what makes the type itself unusable (abstract, generic, inner, no usable constructor)
 * @param table {@code @Model(table)}, or empty
 * @param indexes {@code @Model(indexes)}
 * @param fields the stored fields, in declaration order
 */
public record ModelSpec(
        String typeName,
        String simpleName,
        boolean record,
        List<String> problemsOfType,
        String table,
        List<IndexSpec> indexes,
        List<FieldSpec> fields) {
    public ModelSpec {
        problemsOfType = List.copyOf(problemsOfType);
        indexes = List.copyOf(indexes);
        fields = List.copyOf(fields);
    }

    /** The table name: declared, or derived from the simple name. */
    public String tableName() {
        return table.isEmpty() ? Naming.tableName(simpleName) : table;
    }
}
