package io.toasty.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The tables of a schema, in an order in which they can be created: a table comes after the tables its foreign keys
 * refer to, where no cycle prevents it. Immutable and thread-safe.
 *
 * @param tables the tables
 */
public record SchemaDef(List<TableDef> tables) {
    /** Copies the list. */
    public SchemaDef {
        tables = List.copyOf(Objects.requireNonNull(tables, "tables"));
    }

    /** The table of that name, compared exactly. */
    public Optional<TableDef> table(String name) {
        Objects.requireNonNull(name, "name");
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }
}
