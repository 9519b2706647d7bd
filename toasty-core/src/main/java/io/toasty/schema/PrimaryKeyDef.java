package io.toasty.schema;

import java.util.List;
import java.util.Objects;

/**
 * A primary key constraint.
 *
 * @param name the constraint name
 * @param columns the key's columns, in key order
 */
public record PrimaryKeyDef(String name, List<String> columns) {
    /** Checks the name and copies the list. */
    public PrimaryKeyDef {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
    }
}
