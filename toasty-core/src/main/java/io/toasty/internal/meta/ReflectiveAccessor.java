package io.toasty.internal.meta;

import io.toasty.MappingException;
import io.toasty.ToastyException;
import io.toasty.spi.ModelAccessor;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

/**
 * The accessor of a model compiled without the annotation processor: method handles, looked up once at startup.
 * Slower than a generated accessor, so Toasty logs which models use it.
 */
final class ReflectiveAccessor<T> implements ModelAccessor<T> {
    private final Class<T> type;
    private final String[] names;
    private final MethodHandle[] getters;
    private final MethodHandle[] setters;
    private final MethodHandle constructor;
    private final String[] relationNames;
    private final MethodHandle[] relationGetters;
    private final MethodHandle[] relationSetters;

    private ReflectiveAccessor(
            Class<T> type, String[] names, MethodHandle[] getters, MethodHandle[] setters, MethodHandle constructor) {
        this(type, names, getters, setters, constructor, new MethodHandle[][] {{}, {}}, new String[0]);
    }

    private ReflectiveAccessor(
            Class<T> type,
            String[] names,
            MethodHandle[] getters,
            MethodHandle[] setters,
            MethodHandle constructor,
            MethodHandle[][] relations,
            String[] relationNames) {
        this.relationNames = relationNames;
        this.relationGetters = relations[0];
        this.relationSetters = relations[1];
        this.type = type;
        this.names = names;
        this.getters = getters;
        this.setters = setters;
        this.constructor = constructor;
    }

    static <T> ReflectiveAccessor<T> of(Class<T> type, ModelSpec spec) {
        List<FieldSpec> fields = spec.fields();
        String[] names = fields.stream().map(FieldSpec::name).toArray(String[]::new);
        MethodHandle[] getters = new MethodHandle[names.length];
        MethodHandle[] setters = new MethodHandle[names.length];
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
            for (int i = 0; i < names.length; i++) {
                FieldSpec field = fields.get(i);
                Class<?> fieldType = fieldType(type, field.name());
                switch (field.access()) {
                    case FIELD -> {
                        Class<?> owner = field(type, field.name()).getDeclaringClass();
                        MethodHandles.Lookup at = lookupIn(owner, lookup);
                        getters[i] = at.findGetter(owner, field.name(), fieldType);
                        setters[i] = at.findSetter(owner, field.name(), fieldType);
                    }
                    case PROPERTY -> {
                        getters[i] = lookup.findVirtual(type, field.getter(), MethodType.methodType(fieldType));
                        setters[i] =
                                lookup.findVirtual(type, field.setter(), MethodType.methodType(void.class, fieldType));
                    }
                    case RECORD ->
                        getters[i] = lookup.findVirtual(type, field.getter(), MethodType.methodType(fieldType));
                    case NONE ->
                        throw new MappingException(
                                spec.simpleName() + "." + field.name() + " cannot be read or written");
                }
                getters[i] = getters[i].asType(MethodType.methodType(Object.class, Object.class));
                if (setters[i] != null) {
                    setters[i] = setters[i].asType(MethodType.methodType(void.class, Object.class, Object.class));
                }
            }
            MethodHandle constructor;
            if (type.isRecord()) {
                Class<?>[] types = Arrays.stream(type.getRecordComponents())
                        .map(RecordComponent::getType)
                        .toArray(Class<?>[]::new);
                constructor = lookup.findConstructor(type, MethodType.methodType(void.class, types))
                        .asSpreader(Object[].class, types.length)
                        .asType(MethodType.methodType(Object.class, Object[].class));
            } else if (java.lang.reflect.Modifier.isAbstract(type.getModifiers())) {
                constructor = null; // the base of a hierarchy: Toasty creates its subclasses
            } else {
                constructor = lookup.findConstructor(type, MethodType.methodType(void.class))
                        .asType(MethodType.methodType(Object.class));
            }
            List<RelationSpec> relations = type.isRecord() ? List.of() : spec.relations();
            String[] relationNames = relations.stream().map(RelationSpec::name).toArray(String[]::new);
            MethodHandle[][] handles = new MethodHandle[2][relationNames.length];
            for (int i = 0; i < relationNames.length; i++) {
                RelationSpec relation = relations.get(i);
                Class<?> fieldType = fieldType(type, relation.name());
                if (relation.access() == FieldSpec.Access.PROPERTY) {
                    handles[0][i] = lookup.findVirtual(type, relation.getter(), MethodType.methodType(fieldType));
                    handles[1][i] =
                            lookup.findVirtual(type, relation.setter(), MethodType.methodType(void.class, fieldType));
                } else {
                    Class<?> owner = field(type, relation.name()).getDeclaringClass();
                    MethodHandles.Lookup at = lookupIn(owner, lookup);
                    handles[0][i] = at.findGetter(owner, relation.name(), fieldType);
                    handles[1][i] = at.findSetter(owner, relation.name(), fieldType);
                }
                handles[0][i] = handles[0][i].asType(MethodType.methodType(Object.class, Object.class));
                handles[1][i] = handles[1][i].asType(MethodType.methodType(void.class, Object.class, Object.class));
            }
            return new ReflectiveAccessor<>(type, names, getters, setters, constructor, handles, relationNames);
        } catch (ReflectiveOperationException | IllegalArgumentException e) {
            throw new MappingException("Cannot reach the fields of " + type.getName() + " by reflection: " + e, e);
        }
    }

    private static Class<?> fieldType(Class<?> type, String name) throws NoSuchFieldException {
        return field(type, name).getType();
    }

    /** The field {@code name} of {@code type}, or of the model it extends (single-table inheritance). */
    private static java.lang.reflect.Field field(Class<?> type, String name) throws NoSuchFieldException {
        for (Class<?> at = type; at != null && at != Object.class; at = at.getSuperclass()) {
            try {
                return at.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // declared further up
            }
        }
        throw new NoSuchFieldException(type.getName() + "." + name);
    }

    /** A lookup with private access to {@code owner}: the one given when {@code owner} is its class. */
    private static MethodHandles.Lookup lookupIn(Class<?> owner, MethodHandles.Lookup lookup)
            throws IllegalAccessException {
        return owner == lookup.lookupClass() ? lookup : MethodHandles.privateLookupIn(owner, MethodHandles.lookup());
    }

    @Override
    public Class<T> modelType() {
        return type;
    }

    @Override
    public String[] fieldNames() {
        return names.clone();
    }

    @Override
    public Object get(T instance, int index) {
        try {
            return getters[index].invokeExact((Object) instance);
        } catch (Throwable e) {
            throw failure("read", index, e);
        }
    }

    @Override
    public void set(T instance, int index, Object value) {
        if (setters[index] == null) {
            throw new UnsupportedOperationException(type.getSimpleName() + " is a record: its fields cannot be set");
        }
        try {
            setters[index].invokeExact((Object) instance, value);
        } catch (Throwable e) {
            throw failure("write", index, e);
        }
    }

    @Override
    public String[] relationNames() {
        return relationNames.clone();
    }

    @Override
    public Object getRelation(T instance, int index) {
        try {
            return relationGetters[index].invokeExact((Object) instance);
        } catch (Throwable e) {
            throw relationFailure("read", index, e);
        }
    }

    @Override
    public void setRelation(T instance, int index, Object value) {
        try {
            relationSetters[index].invokeExact((Object) instance, value);
        } catch (Throwable e) {
            throw relationFailure("write", index, e);
        }
    }

    @Override
    public T create(Object[] values) {
        if (constructor == null) {
            throw new UnsupportedOperationException(type.getName() + " is abstract: Toasty creates its subclasses");
        }
        try {
            if (type.isRecord()) {
                return type.cast(constructor.invokeExact(values));
            }
            T instance = type.cast(constructor.invokeExact());
            for (int i = 0; i < values.length; i++) {
                setters[i].invokeExact((Object) instance, values[i]);
            }
            return instance;
        } catch (Throwable e) {
            if (e instanceof Error error) {
                throw error;
            }
            throw new ToastyException("Cannot create a " + type.getSimpleName() + ": its constructor threw " + e, e);
        }
    }

    private ToastyException relationFailure(String action, int index, Throwable e) {
        if (e instanceof Error error) {
            throw error;
        }
        return new ToastyException(
                "Cannot " + action + " " + type.getSimpleName() + "." + relationNames[index] + ": " + e, e);
    }

    private ToastyException failure(String action, int index, Throwable e) {
        if (e instanceof Error error) {
            throw error;
        }
        return new ToastyException("Cannot " + action + " " + type.getSimpleName() + "." + names[index] + ": " + e, e);
    }
}
