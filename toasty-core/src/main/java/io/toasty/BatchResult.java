package io.toasty;

import java.util.List;
import java.util.Objects;

/**
 * What the writes of a {@link Batch} returned, in the order they were given: the inserted or updated object with its
 * generated values (a new instance for a record), or for a delete whether a row was deleted.
 *
 * @param results one per write
 */
public record BatchResult(List<Object> results) {
    public BatchResult {
        results = List.copyOf(results);
    }

    /**
     * The result of the write at {@code position} (as returned by {@link Batch#insert} and the others).
     *
     * @throws ClassCastException when it is not a {@code type}
     */
    public <T> T get(int position, Class<T> type) {
        Objects.requireNonNull(type, "type");
        return type.cast(results.get(position));
    }

    /** The number of writes. */
    public int size() {
        return results.size();
    }
}
