package io.toasty.relation;

import java.util.Objects;
import java.util.Optional;

/**
 * The value of a has-one relation field: the related object (or its absence) once loaded, or a marker saying it was
 * not loaded. Immutable and thread-safe; a final class rather than a record so that its states stay closed.
 *
 * @param <T> the related model
 */
public final class HasOne<T> {
    private static final HasOne<?> UNNAMED = new HasOne<>(false, null, null, null);
    private static final HasOne<?> NONE = new HasOne<>(true, null, null, null);

    private final boolean loaded;
    private final T target;
    private final String model;
    private final String relation;

    private HasOne(boolean loaded, T target, String model, String relation) {
        this.loaded = loaded;
        this.target = target;
        this.model = model;
        this.relation = relation;
    }

    /** A relation not loaded, for the field's initializer: {@code HasOne<Profile> profile = HasOne.notLoaded();}. */
    @SuppressWarnings("unchecked")
    public static <T> HasOne<T> notLoaded() {
        return (HasOne<T>) UNNAMED;
    }

    /** A relation not loaded, naming the model and the relation in the exception its reading throws. */
    public static <T> HasOne<T> notLoaded(String model, String relation) {
        return new HasOne<>(
                false, null, Objects.requireNonNull(model, "model"), Objects.requireNonNull(relation, "relation"));
    }

    /** A loaded relation to {@code target}. */
    public static <T> HasOne<T> of(T target) {
        return new HasOne<>(true, Objects.requireNonNull(target, "target"), null, null);
    }

    /** A loaded relation to nothing: there is no related row. */
    @SuppressWarnings("unchecked")
    public static <T> HasOne<T> none() {
        return (HasOne<T>) NONE;
    }

    /** Whether the relation was loaded. */
    public boolean isLoaded() {
        return loaded;
    }

    /**
     * The related object, or empty when there is none.
     *
     * @throws RelationNotLoadedException when the relation was not loaded
     */
    public Optional<T> find() {
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
    public T get() {
        return find().orElseThrow();
    }

    @Override
    public String toString() {
        return !loaded ? "HasOne(not loaded)" : "HasOne(" + target + ")";
    }
}
