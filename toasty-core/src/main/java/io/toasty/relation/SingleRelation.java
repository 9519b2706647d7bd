package io.toasty.relation;

import java.util.Objects;
import java.util.Optional;

/**
 * What {@link BelongsTo} and {@link HasOne} share: the state of a relation to at most one object, and how it is read.
 * Package-private; the two public types differ only in their name, which says the kind of relation.
 *
 * @param <T> the related model
 */
abstract class SingleRelation<T> {
    private final boolean loaded;
    private final T target;
    private final String model;
    private final String relation;

    SingleRelation(boolean loaded, T target, String model, String relation) {
        this.loaded = loaded;
        this.target = target;
        this.model = model;
        this.relation = relation;
    }

    static String requireModel(String model) {
        return Objects.requireNonNull(model, "model");
    }

    static String requireRelation(String relation) {
        return Objects.requireNonNull(relation, "relation");
    }

    /** Whether the relation was loaded. */
    public final boolean isLoaded() {
        return loaded;
    }

    /**
     * The related object, or empty when there is none.
     *
     * @throws RelationNotLoadedException when the relation was not loaded
     */
    public final Optional<T> find() {
        if (!loaded) {
            throw RelationNotLoadedException.of(model, relation);
        }
        return Optional.ofNullable(target);
    }

    /**
     * The related object.
     *
     * @throws RelationNotLoadedException when the relation was not loaded
     * @throws java.util.NoSuchElementException when it was loaded and there is no related row
     */
    public final T get() {
        return find().orElseThrow();
    }

    @Override
    public final String toString() {
        String kind = getClass().getSimpleName();
        return !loaded ? kind + "(not loaded)" : kind + "(" + target + ")";
    }
}
