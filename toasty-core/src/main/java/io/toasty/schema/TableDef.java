package io.toasty.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One table: its columns in order, primary key, plain indexes, unique constraints and foreign keys.
 *
 * @param name the table name, unquoted
 * @param columns the columns, in table order
 * @param primaryKey the primary key; empty for a table the database has without one
 * @param indexes the indexes that are not unique constraints
 * @param uniques the unique constraints
 * @param foreignKeys the foreign keys of this table
 */
public record TableDef(
        String name,
        List<ColumnDef> columns,
        Optional<PrimaryKeyDef> primaryKey,
        List<IndexDef> indexes,
        List<UniqueDef> uniques,
        List<ForeignKeyDef> foreignKeys) {

    /** Checks the name and copies the lists. */
    public TableDef {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        Objects.requireNonNull(primaryKey, "primaryKey");
        indexes = List.copyOf(indexes);
        uniques = List.copyOf(uniques);
        foreignKeys = List.copyOf(foreignKeys);
    }

    /** The column of that name, compared exactly. */
    public Optional<ColumnDef> column(String columnName) {
        Objects.requireNonNull(columnName, "columnName");
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }
}
