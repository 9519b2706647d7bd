package io.toasty.internal.engine;

import io.toasty.MappingException;
import io.toasty.ToastyException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Builds records from rows: the canonical constructor is found once per record class and called through a method
 * handle, so reading a row takes no reflection.
 */
final class RowMappers {
    private RowMappers() {}

    /**
     * Each record class's components, read once: {@code getRecordComponents()} parses the class's record attribute
     * and builds new objects on every call (about 1.5 µs), and a projection asks for them each time it is built.
     * Shared, so never handed outside this package or changed.
     */
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };

    private static final ClassValue<MethodHandle> CONSTRUCTORS = new ClassValue<>() {
        @Override
        protected MethodHandle computeValue(Class<?> type) {
            RecordComponent[] components = COMPONENTS.get(type);
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < types.length; i++) {
                types[i] = components[i].getType();
            }
            try {
                Constructor<?> constructor = type.getDeclaredConstructor(types);
                constructor.setAccessible(true);
                MethodHandle handle = MethodHandles.lookup().unreflectConstructor(constructor);
                return handle.asType(handle.type().generic())
                        .asSpreader(Object[].class, types.length)
                        .asType(MethodType.methodType(Object.class, Object[].class));
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new MappingException(
                        "Cannot call the canonical constructor of " + type.getName() + ": " + e.getMessage(), e);
            }
        }
    };

    /** The components of a record class (the caller has checked that it is one), read once per class. */
    static RecordComponent[] components(Class<?> type) {
        return COMPONENTS.get(type);
    }

    /**
     * A reader of rows into records of {@code type}, component {@code i} read from column {@code i + 1} by
     * {@code readers[i]}.
     */
    static <R> Engine.RowReader<R> record(Class<R> type, ValueReaders.Reader[] readers) {
        MethodHandle constructor = CONSTRUCTORS.get(type);
        RecordComponent[] components = COMPONENTS.get(type);
        boolean[] primitive = new boolean[components.length];
        for (int i = 0; i < components.length; i++) {
            primitive[i] = components[i].getType().isPrimitive();
        }
        return row -> {
            // a new array per row: a projection, and so its reader, may be used by several threads at once
            Object[] values = new Object[readers.length];
            for (int i = 0; i < readers.length; i++) {
                Object value = read(readers[i], row, i + 1, type, components[i]);
                if (value == null && primitive[i]) {
                    throw new MappingException("Cannot read NULL into the primitive component "
                            + type.getSimpleName() + "." + components[i].getName() + ": make it a "
                            + ValueReaders.boxed(components[i].getType()).getSimpleName());
                }
                values[i] = value;
            }
            try {
                return type.cast(constructor.invokeExact(values));
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new ToastyException("The constructor of " + type.getName() + " failed: " + e.getMessage(), e);
            }
        };
    }

    /** A reader of rows into one value, from the first column. */
    static <R> Engine.RowReader<R> scalar(Class<R> type, ValueReaders.Reader reader) {
        Class<?> boxed = ValueReaders.boxed(type);
        return row -> {
            Object value = read(reader, row, 1, type, null);
            if (value == null && type.isPrimitive()) {
                throw new MappingException(
                        "Cannot read NULL into a " + type.getName() + ": ask for " + boxed.getSimpleName() + ".class");
            }
            @SuppressWarnings("unchecked")
            R cast = (R) boxed.cast(value);
            return cast;
        };
    }

    private static Object read(
            ValueReaders.Reader reader, ResultSet row, int column, Class<?> type, RecordComponent component)
            throws SQLException {
        try {
            return reader.read(row, column);
        } catch (IllegalArgumentException | IllegalStateException | ArithmeticException e) {
            throw new MappingException(
                    "Cannot read column " + column + " into " + type.getSimpleName()
                            + (component == null ? "" : "." + component.getName()) + ": " + e.getMessage(),
                    e);
        }
    }
}
