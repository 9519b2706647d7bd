package io.toasty.relation;

import java.util.List;
import java.util.Objects;

/**
 * The value of a has-many relation field: the related objects once loaded, or a marker saying it was not loaded.
 * Immutable and thread-safe; a final class rather than a record so that its states stay closed.
 *
 * @param <T> the related model
 */
public final class HasMany<T> {
    private static final HasMany<?> UNNAMED = new HasMany<>(null, null, null);

    private final List<T> items;
    private final String model;
    private final String relation;

    private HasMany(List<T> items, String model, String relation) {
        this.items = items;
        this.model = model;
        this.relation = relation;
    }

    /** A relation not loaded, for the field's initializer: {@code HasMany<Post> posts = HasMany.notLoaded();}. */
    @SuppressWarnings("unchecked")
    public static <T> HasMany<T> notLoaded() {
        return (HasMany<T>) UNNAMED;
    }

    /** A relation not loaded, naming the model and the relation in the exception its reading throws. */
    public static <T> HasMany<T> notLoaded(String model, String relation) {
        return new HasMany<>(
                null, Objects.requireNonNull(model, "model"), Objects.requireNonNull(relation, "relation"));
    }

    /** A loaded relation holding {@code items}. */
    public static <T> HasMany<T> of(List<T> items) {
        return new HasMany<>(List.copyOf(items), null, null);
    }

    /** Whether the related objects were loaded. */
    public boolean isLoaded() {
        return items != null;
    }

    /**
     * The related objects, in the order they were loaded in.
     *
     * @throws RelationNotLoadedException when the relation was not loaded
     */
    public List<T> get() {
        if (items == null) {
            throw RelationNotLoadedException.of(model, relation);
        }
        return items;
    }

    @Override
    public String toString() {
        return items == null ? "HasMany(not loaded)" : "HasMany" + items;
    }
}
