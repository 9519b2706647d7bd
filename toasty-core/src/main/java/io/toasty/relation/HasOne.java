package io.toasty.relation;

import java.util.Objects;

/**
 * The value of a has-one relation field: the related object (or its absence) once loaded, or a marker saying it was
 * not loaded. Immutable and thread-safe; a final class rather than a record so that its states stay closed.
 *
 * @param <T> the related model
 */
public final class HasOne<T> extends SingleRelation<T> {
    private static final HasOne<?> UNNAMED = new HasOne<>(false, null, null, null);
    private static final HasOne<?> NONE = new HasOne<>(true, null, null, null);

    private HasOne(boolean loaded, T target, String model, String relation) {
        super(loaded, target, model, relation);
    }

    /** A relation not loaded, for the field's initializer: {@code HasOne<Profile> profile = HasOne.notLoaded();}. */
    @SuppressWarnings("unchecked")
    public static <T> HasOne<T> notLoaded() {
        return (HasOne<T>) UNNAMED;
    }

    /** A relation not loaded, naming the model and the relation in the exception its reading throws. */
    public static <T> HasOne<T> notLoaded(String model, String relation) {
        return new HasOne<>(false, null, requireModel(model), requireRelation(relation));
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
}
