package io.toasty.internal.meta;

import io.toasty.Deferred;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;

/** The stored type of a field: its own type, or {@code T} of a {@link Deferred Deferred<T>} field. */
public final class DeferredTypes {
    private DeferredTypes() {}

    /** The field's declared type. */
    static Class<?> declared(AnnotatedElement element) {
        return element instanceof Field f ? f.getType() : ((RecordComponent) element).getType();
    }

    /** The field's declared generic type. */
    static Type declaredGeneric(AnnotatedElement element) {
        return element instanceof Field f ? f.getGenericType() : ((RecordComponent) element).getGenericType();
    }

    /** Whether the field's type is {@link Deferred}. */
    public static boolean isDeferred(AnnotatedElement element) {
        return declared(element) == Deferred.class;
    }

    /** The generic type of the stored values: {@code T} of {@code Deferred<T>}, else the declared type. */
    static Type storedGeneric(AnnotatedElement element) {
        Type type = declaredGeneric(element);
        if (isDeferred(element)) {
            return type instanceof ParameterizedType parameterized
                    ? parameterized.getActualTypeArguments()[0]
                    : Object.class;
        }
        return type;
    }

    /** The class of the stored values: {@code T} of {@code Deferred<T>}, erased, else the declared type. */
    static Class<?> stored(AnnotatedElement element) {
        if (!isDeferred(element)) {
            return declared(element);
        }
        Type type = storedGeneric(element);
        if (type instanceof Class<?> plain) {
            return plain;
        }
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw) {
            return raw;
        }
        return Object.class;
    }

    /**
     * Which fields of {@code meta} are {@link Deferred}, by position in {@link ModelMeta#fields()}.
     *
     * @throws io.toasty.MappingException when a key or version field is deferred
     */
    public static boolean[] of(ModelMeta<?> meta) {
        boolean[] deferred = new boolean[meta.fields().size()];
        for (int i = 0; i < deferred.length; i++) {
            FieldMeta field = meta.fields().get(i);
            AnnotatedElement element = ClockField.element(meta.declaringType(field), field.name());
            deferred[i] = element != null && isDeferred(element);
            if (deferred[i] && (field.key() || field.version())) {
                throw new io.toasty.MappingException(field.qualifiedName() + " is Deferred and "
                        + (field.key() ? "@Key" : "@Version") + ": a key or a version is always read");
            }
        }
        return deferred;
    }
}
