package io.toasty.internal.meta;

import java.util.List;

/**
 * An index declared in {@code @Model(indexes = ...)}.
 *
 * @param fields the Java field names, in order
 * @param unique whether it is a unique constraint
 * @param name the declared name, or empty
 */
public record IndexSpec(List<String> fields, boolean unique, String name) {
    public IndexSpec {
        fields = List.copyOf(fields);
    }
}
