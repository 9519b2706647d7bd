package io.toasty.internal.meta;

import io.toasty.spi.ModelAccessor.Hook;
import java.util.List;

/**
 * A method of a model marked with lifecycle hook annotations, as declared in source or found by reflection; see
 * {@link HookRules}.
 *
 * @param method the method's name
 * @param hooks the hooks it is marked for, in {@link Hook} order
 * @param isStatic whether it is static
 * @param isPrivate whether it is private
 * @param parameters how many parameters it takes
 * @param returnType its return type, as written ({@code void}, {@code int}, {@code java.lang.String})
 * @param checkedExceptions the checked exceptions it declares, by qualified name
 */
public record HookSpec(
        String method,
        List<Hook> hooks,
        boolean isStatic,
        boolean isPrivate,
        int parameters,
        String returnType,
        List<String> checkedExceptions) {
    public HookSpec {
        hooks = List.copyOf(hooks);
        checkedExceptions = List.copyOf(checkedExceptions);
    }
}
