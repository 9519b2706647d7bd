package io.toasty.spi;

/**
 * Reads and writes the fields of one model type without reflection. The annotation processor generates one per
 * model ({@code User_Accessor} beside {@code User}); Toasty finds it by name at startup and falls back to
 * reflection for models that were compiled without the processor.
 *
 * <p>Fields are addressed by their position in {@link #fieldNames()}. Implementations are stateless and
 * thread-safe.
 *
 * @param <T> the model type
 */
public interface ModelAccessor<T> {
    /** The model type. */
    Class<T> modelType();

    /** The stored fields, in declaration order. */
    String[] fieldNames();

    /** Returns the value of field {@code index} of {@code instance}, boxed. */
    Object get(T instance, int index);

    /**
     * Sets field {@code index} of {@code instance}. Called after an insert or update to fill in generated values;
     * never called for records.
     */
    void set(T instance, int index, Object value);

    /**
     * Creates an instance from one value per field, in {@link #fieldNames()} order; primitives arrive boxed and
     * never null. Called for every row read, with the same array for every row of a query: read the values, do not
     * keep the array.
     */
    T create(Object[] values);

    /** The relation fields ({@code HasMany}, {@code HasOne}, {@code BelongsTo}), in declaration order; none by default. */
    default String[] relationNames() {
        return new String[0];
    }

    /** Returns the value of relation field {@code index} (in {@link #relationNames()} order) of {@code instance}. */
    default Object getRelation(T instance, int index) {
        throw new IndexOutOfBoundsException(modelType().getSimpleName() + " has no relation " + index);
    }

    /**
     * Sets relation field {@code index} of {@code instance}: called for every object read, with a value saying the
     * relation was not loaded, and again when it is loaded.
     */
    default void setRelation(T instance, int index, Object value) {
        throw new IndexOutOfBoundsException(modelType().getSimpleName() + " has no relation " + index);
    }

    /**
     * Calls the model's lifecycle hook method for {@code hook} on {@code instance}, if it has one. Called by Toasty
     * for each object of a write, before and after its SQL; a generated accessor calls the method directly. Does
     * nothing by default.
     */
    default void runHook(T instance, Hook hook) {}

    /** A model lifecycle hook, with the annotation that marks its method. */
    enum Hook {
        /** {@link io.toasty.model.BeforeInsert}. */
        BEFORE_INSERT(io.toasty.model.BeforeInsert.class),
        /** {@link io.toasty.model.AfterInsert}. */
        AFTER_INSERT(io.toasty.model.AfterInsert.class),
        /** {@link io.toasty.model.BeforeUpdate}. */
        BEFORE_UPDATE(io.toasty.model.BeforeUpdate.class),
        /** {@link io.toasty.model.AfterUpdate}. */
        AFTER_UPDATE(io.toasty.model.AfterUpdate.class),
        /** {@link io.toasty.model.BeforeDelete}. */
        BEFORE_DELETE(io.toasty.model.BeforeDelete.class),
        /** {@link io.toasty.model.AfterDelete}. */
        AFTER_DELETE(io.toasty.model.AfterDelete.class);

        private final Class<? extends java.lang.annotation.Annotation> annotation;

        Hook(Class<? extends java.lang.annotation.Annotation> annotation) {
            this.annotation = annotation;
        }

        /** The annotation that marks the hook's method. */
        public Class<? extends java.lang.annotation.Annotation> annotation() {
            return annotation;
        }
    }
}
