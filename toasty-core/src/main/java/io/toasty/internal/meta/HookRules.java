package io.toasty.internal.meta;

import io.toasty.internal.meta.ModelRules.Problem;
import io.toasty.spi.ModelAccessor.Hook;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The rules a model's lifecycle hook methods follow, so that the generated accessor can call them: the annotation
 * processor reports each problem as a compile error on the method, Toasty at startup for models compiled without
 * it, with the same messages.
 */
public final class HookRules {
    private HookRules() {}

    /** Every problem of the hook methods of the model {@code type} (its simple name); a problem names its method. */
    public static List<Problem> check(String type, List<HookSpec> methods) {
        List<Problem> problems = new ArrayList<>();
        for (HookSpec method : methods) {
            String where = type + "." + method.method() + "() is marked " + annotations(method.hooks()) + " but ";
            if (method.isStatic()) {
                problems.add(new Problem(
                        method.method(),
                        where + "is static: a lifecycle hook is called on the object written, make it an instance"
                                + " method"));
            }
            if (method.isPrivate()) {
                problems.add(new Problem(
                        method.method(),
                        where + "is private, so Toasty's generated accessor cannot call it: make it package-private,"
                                + " protected or public"));
            }
            if (method.parameters() > 0) {
                problems.add(new Problem(
                        method.method(),
                        where + "takes " + method.parameters() + " parameter(s): a lifecycle hook takes none, read"
                                + " what it needs from the object's fields"));
            }
            if (!method.returnType().equals("void")) {
                problems.add(new Problem(
                        method.method(), where + "returns " + method.returnType() + ": a lifecycle hook returns void"));
            }
            for (String exception : method.checkedExceptions()) {
                problems.add(new Problem(
                        method.method(),
                        where + "declares the checked exception " + exception + ": a lifecycle hook may throw"
                                + " only unchecked exceptions"));
            }
        }
        for (Hook hook : Hook.values()) {
            List<String> marked = methods.stream()
                    .filter(m -> m.hooks().contains(hook))
                    .map(m -> m.method() + "()")
                    .sorted()
                    .toList();
            if (marked.size() > 1) {
                problems.add(new Problem(
                        null,
                        type + " has " + marked.size() + " methods marked @"
                                + hook.annotation().getSimpleName()
                                + ", " + String.join(" and ", marked) + ": a model has at most one method per"
                                + " hook, call one from the other"));
            }
        }
        return problems;
    }

    private static String annotations(List<Hook> hooks) {
        return hooks.stream().map(h -> "@" + h.annotation().getSimpleName()).collect(Collectors.joining(" "));
    }
}
