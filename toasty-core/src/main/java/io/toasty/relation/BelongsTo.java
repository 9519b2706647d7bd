package io.toasty.relation;

import java.util.Objects;

/**
 * The value of a belongs-to relation field: the related object (or its absence) once loaded, or a marker saying it was
 * not loaded. Immutable and thread-safe; a final class rather than a record so that its states stay closed.
 *
 * @param <T> the related model
 */
public final class BelongsTo<T> extends SingleRelation<T> {
    private static final BelongsTo<?> UNNAMED = new BelongsTo<>(false, null, null, null);
    private static final BelongsTo<?> NONE = new BelongsTo<>(true, null, null, null);

    private BelongsTo(boolean loaded, T target, String model, String relation) {
        super(loaded, target, model, relation);
    }

    /** A relation not loaded, for the field's initializer: {@code BelongsTo<User> author = BelongsTo.notLoaded();}. */
    @SuppressWarnings("unchecked")
    public static <T> BelongsTo<T> notLoaded() {
        return (BelongsTo<T>) UNNAMED;
    }

    /** A relation not loaded, naming the model and the relation in the exception its reading throws. */
    public static <T> BelongsTo<T> notLoaded(String model, String relation) {
        return new BelongsTo<>(false, null, requireModel(model), requireRelation(relation));
    }

    /** A loaded relation to {@code target}. */
    public static <T> BelongsTo<T> of(T target) {
        return new BelongsTo<>(true, Objects.requireNonNull(target, "target"), null, null);
    }

    /** A loaded relation to nothing: there is no related row. */
    @SuppressWarnings("unchecked")
    public static <T> BelongsTo<T> none() {
        return (BelongsTo<T>) NONE;
    }
}
