package io.toasty;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a keyset ("cursor") pagination: its rows, and opaque cursors to the pages after and before it. A cursor
 * is a URL-safe string that {@link Query#page(String)} follows; it carries the boundary row's sort values, signed
 * so that a changed cursor, or one from another model or order, is refused. Immutable.
 *
 * @param items the rows of the page, in the query's order
 * @param next the cursor of the following page; empty on the last page
 * @param previous the cursor of the preceding page; empty on the first page
 * @param <T> the model
 */
public record Page<T>(List<T> items, Optional<String> next, Optional<String> previous) {
    /** Checks the parts and copies the rows. */
    public Page {
        items = List.copyOf(items);
        Objects.requireNonNull(next, "next");
        Objects.requireNonNull(previous, "previous");
    }

    /** Whether a page follows this one. */
    public boolean hasNext() {
        return next.isPresent();
    }

    /** Whether a page precedes this one. */
    public boolean hasPrevious() {
        return previous.isPresent();
    }
}
