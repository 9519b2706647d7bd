package io.toasty.validation.internal;

import jakarta.validation.groups.Default;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** The validation groups of one kind of write, checked once, when the listener is made, rather than at each write. */
public final class Groups {
    private Groups() {}

    /**
     * {@code groups} as the array a {@link jakarta.validation.Validator} takes: {@link Default} alone when it is empty.
     *
     * @param name what the caller calls the list, for the messages: {@code insertGroups}
     * @throws IllegalArgumentException when an element is null or not an interface
     */
    public static Class<?>[] of(List<Class<?>> groups, String name) {
        Objects.requireNonNull(groups, name);
        if (groups.isEmpty()) {
            return new Class<?>[] {Default.class};
        }
        Class<?>[] array = new Class<?>[groups.size()];
        for (int i = 0; i < array.length; i++) {
            Class<?> group = groups.get(i);
            if (group == null) {
                throw new IllegalArgumentException(name + " holds null at index " + i
                        + ": list the groups to validate, or pass an empty list for Default");
            }
            if (!group.isInterface()) {
                throw new IllegalArgumentException(name + " holds " + group.getName()
                        + ", which is not an interface: Bean Validation groups are interfaces");
            }
            array[i] = group;
        }
        return array;
    }

    /** The simple names of {@code groups}, for {@code toString()}. */
    public static String describe(Class<?>[] groups) {
        return Arrays.stream(groups).map(Class::getSimpleName).toList().toString();
    }
}
