package io.toasty.cdi.internal;

import io.toasty.Repository;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Objects;

/** The type {@code Repository<Model>} of one model, equal to the JDK's own representation of it. */
record RepositoryType(Class<?> model) implements ParameterizedType {
    /** The model of {@code type} when it is {@code Repository<SomeClass>}. */
    static java.util.Optional<Class<?>> modelOf(Type type) {
        if (type instanceof ParameterizedType parameterized
                && parameterized.getRawType() == Repository.class
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> model) {
            return java.util.Optional.of(model);
        }
        return java.util.Optional.empty();
    }

    @Override
    public Type[] getActualTypeArguments() {
        return new Type[] {model};
    }

    @Override
    public Type getRawType() {
        return Repository.class;
    }

    @Override
    public Type getOwnerType() {
        return null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ParameterizedType that
                && that.getRawType() == Repository.class
                && that.getOwnerType() == null
                && Arrays.equals(that.getActualTypeArguments(), getActualTypeArguments());
    }

    /** As the JDK computes it, so that both representations mix in hash sets. */
    @Override
    public int hashCode() {
        return Arrays.hashCode(getActualTypeArguments()) ^ Objects.hashCode(null) ^ Repository.class.hashCode();
    }

    @Override
    public String toString() {
        return Repository.class.getName() + "<" + model.getName() + ">";
    }
}
