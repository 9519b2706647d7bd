package io.toasty.schema;

import java.util.List;
import java.util.Objects;

/**
 * A foreign key constraint.
 *
 * @param name the constraint name
 * @param columns the referring columns of this table, in order
 * @param referencedTable the table referred to
 * @param referencedColumns the columns referred to, in the same order as {@code columns}
 * @param onDelete what the database does to referring rows when a referenced row is deleted
 */
public record ForeignKeyDef(
        String name,
        List<String> columns,
        String referencedTable,
        List<String> referencedColumns,
        ReferentialAction onDelete) {

    /** Checks the names and copies the lists. */
    public ForeignKeyDef {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        Objects.requireNonNull(referencedTable, "referencedTable");
        referencedColumns = List.copyOf(referencedColumns);
        Objects.requireNonNull(onDelete, "onDelete");
        if (columns.isEmpty() || columns.size() != referencedColumns.size()) {
            throw new IllegalArgumentException("Foreign key " + name + " needs as many referenced columns ("
                    + referencedColumns + ") as columns (" + columns + "), at least one");
        }
    }
}
