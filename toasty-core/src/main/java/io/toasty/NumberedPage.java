package io.toasty;

import java.util.List;

/**
 * One page of an offset pagination, with the total number of matching rows. Pages are numbered from 1. Immutable.
 *
 * @param items the rows of the page, in the query's order
 * @param number the page's number, from 1
 * @param size the most rows a page holds
 * @param total how many rows match the query, on every page
 * @param <T> the model
 */
public record NumberedPage<T>(List<T> items, int number, int size, long total) {
    /** Checks the parts and copies the rows. */
    public NumberedPage {
        items = List.copyOf(items);
    }

    /** How many pages the matching rows fill; 0 when none match. */
    public long totalPages() {
        return (total + size - 1) / size;
    }

    /** Whether a page follows this one. */
    public boolean hasNext() {
        return number < totalPages();
    }

    /** Whether a page precedes this one. */
    public boolean hasPrevious() {
        return number > 1;
    }
}
