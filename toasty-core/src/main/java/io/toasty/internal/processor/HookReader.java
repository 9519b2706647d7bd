package io.toasty.internal.processor;

import io.toasty.internal.meta.HookSpec;
import io.toasty.spi.ModelAccessor.Hook;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Reads the lifecycle hook methods a model declares, for {@link io.toasty.internal.meta.HookRules}. */
final class HookReader {
    /**
     * One hook method.
     *
     * @param element the method, which errors are reported on
     * @param spec what it declares
     */
    record HookMethod(ExecutableElement element, HookSpec spec) {}

    private final Elements elements;
    private final Types types;

    HookReader(Elements elements, Types types) {
        this.elements = elements;
        this.types = types;
    }

    /** The methods declared by {@code type} that carry a hook annotation, in declaration order. */
    List<HookMethod> read(TypeElement type) {
        TypeMirror runtime =
                elements.getTypeElement(RuntimeException.class.getName()).asType();
        TypeMirror error = elements.getTypeElement(Error.class.getName()).asType();
        List<HookMethod> methods = new ArrayList<>();
        for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
            List<Hook> hooks = new ArrayList<>();
            for (Hook hook : Hook.values()) {
                if (method.getAnnotation(hook.annotation()) != null) {
                    hooks.add(hook);
                }
            }
            if (hooks.isEmpty()) {
                continue;
            }
            List<String> checked = new ArrayList<>();
            for (TypeMirror thrown : method.getThrownTypes()) {
                if (!types.isSubtype(thrown, runtime) && !types.isSubtype(thrown, error)) {
                    checked.add(types.erasure(thrown).toString());
                }
            }
            methods.add(new HookMethod(
                    method,
                    new HookSpec(
                            method.getSimpleName().toString(),
                            hooks,
                            method.getModifiers().contains(Modifier.STATIC),
                            method.getModifiers().contains(Modifier.PRIVATE),
                            method.getParameters().size(),
                            types.erasure(method.getReturnType()).toString(),
                            checked)));
        }
        return methods;
    }
}
