package io.toasty.internal.meta;

import io.toasty.MappingException;
import io.toasty.spi.ModelAccessor.Hook;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The lifecycle hook methods of a model class, found by reflection at startup: to check them by {@link HookRules}
 * for every model, and to call them through method handles for models compiled without the annotation processor.
 */
public final class HookMethods {
    private HookMethods() {}

    /** The methods declared by {@code type} that carry a hook annotation, by name. */
    public static List<HookSpec> read(Class<?> type) {
        List<HookSpec> specs = new ArrayList<>();
        for (Method method : marked(type)) {
            List<String> checked = Arrays.stream(method.getExceptionTypes())
                    .filter(e -> !RuntimeException.class.isAssignableFrom(e) && !Error.class.isAssignableFrom(e))
                    .map(Class::getName)
                    .toList();
            specs.add(new HookSpec(
                    method.getName(),
                    hooks(method),
                    Modifier.isStatic(method.getModifiers()),
                    Modifier.isPrivate(method.getModifiers()),
                    method.getParameterCount(),
                    method.getReturnType().getTypeName(),
                    checked));
        }
        return specs;
    }

    /**
     * One method handle per {@link Hook}, by ordinal, taking the instance as an {@code Object}; null where the model
     * has no such hook. Call only for a model whose hooks passed {@link HookRules}.
     */
    public static MethodHandle[] handles(Class<?> type) {
        MethodHandle[] handles = new MethodHandle[Hook.values().length];
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
            for (Method method : marked(type)) {
                MethodHandle handle = lookup.unreflect(method)
                        .asType(java.lang.invoke.MethodType.methodType(void.class, Object.class));
                for (Hook hook : hooks(method)) {
                    handles[hook.ordinal()] = handle;
                }
            }
        } catch (IllegalAccessException e) {
            throw new MappingException(
                    "Cannot call the lifecycle hooks of " + type.getName() + ": " + e.getMessage(), e);
        }
        return handles;
    }

    private static List<Method> marked(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods())
                .filter(m -> !m.isSynthetic() && !m.isBridge() && !hooks(m).isEmpty())
                .sorted(Comparator.comparing(Method::getName))
                .toList();
    }

    private static List<Hook> hooks(Method method) {
        return Arrays.stream(Hook.values())
                .filter(h -> method.isAnnotationPresent(h.annotation()))
                .toList();
    }
}
