package io.toasty.schema;

import java.util.List;
import java.util.Objects;

/**
 * A unique constraint.
 *
 * @param name the constraint name
 * @param columns the constrained columns, in order
 */
public record UniqueDef(String name, List<String> columns) {
    /** Checks the name and copies the list. */
    public UniqueDef {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
    }
}
