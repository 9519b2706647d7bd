package io.toasty.examples.bookstore;

import io.toasty.Page;
import java.util.List;

/**
 * A page of a list endpoint as JSON: the items, and the cursors to pass as {@code ?cursor=} for the next and the
 * previous page ({@code null} at either end).
 */
public record PageOf<T>(List<T> items, String next, String previous) {
    static <T> PageOf<T> of(Page<T> page) {
        return new PageOf<>(
                page.items(), page.next().orElse(null), page.previous().orElse(null));
    }
}
