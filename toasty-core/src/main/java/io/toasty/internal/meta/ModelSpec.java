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
 * @param relations the relation fields, in declaration order
 * @param softDelete the name of the {@code @SoftDelete} field, or null
 */
public record ModelSpec(
        String typeName,
        String simpleName,
        boolean record,
        List<String> problemsOfType,
        String table,
        List<IndexSpec> indexes,
        List<FieldSpec> fields,
        List<RelationSpec> relations,
        String softDelete) {
    public ModelSpec {
        problemsOfType = List.copyOf(problemsOfType);
        indexes = List.copyOf(indexes);
        fields = List.copyOf(fields);
        relations = List.copyOf(relations);
    }

    /** A model without relations or soft delete. */
    public ModelSpec(
            String typeName,
            String simpleName,
            boolean record,
            List<String> problemsOfType,
            String table,
            List<IndexSpec> indexes,
            List<FieldSpec> fields) {
        this(typeName, simpleName, record, problemsOfType, table, indexes, fields, List.of(), null);
    }

    /** The stored field named {@code name}, or null. */
    public FieldSpec field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
    }

    /** The relation named {@code name}, or null. */
    public RelationSpec relation(String name) {
        return relations.stream().filter(r -> r.name().equals(name)).findFirst().orElse(null);
    }

    /** The table name: declared, or derived from the simple name. */
    public String tableName() {
        return table.isEmpty() ? Naming.tableName(simpleName) : table;
    }
}
