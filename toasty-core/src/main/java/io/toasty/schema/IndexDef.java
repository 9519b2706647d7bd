package io.toasty.schema;

import java.util.List;
import java.util.Objects;

/**
 * A plain (not unique) index.
 *
 * @param name the index name
 * @param columns the indexed columns, in order
 */
public record IndexDef(String name, List<String> columns) {
    /** Checks the name and copies the list. */
    public IndexDef {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
    }
}
