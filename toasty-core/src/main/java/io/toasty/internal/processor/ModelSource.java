package io.toasty.internal.processor;

import io.toasty.internal.meta.FieldSpec;
import io.toasty.internal.meta.ModelSpec;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * A model as the processor read it: the {@link ModelSpec} that {@link io.toasty.internal.meta.ModelRules} checks,
 * and the compiler elements behind it, which errors are reported on and generated code names.
 *
 * @param type the model type
 * @param packageName its package, empty for the unnamed package
 * @param nestedName its name relative to the package ({@code Shop.Item})
 * @param spec what it declares
 * @param fields its stored fields, in the order of {@code spec.fields()}
 * @param constructor the constructor generated code calls: the no-argument one of a class, the canonical one of a
 *     record, or null when there is none
 * @param relations its relation fields, in the order of {@code spec.relations()}
 */
record ModelSource(
        TypeElement type,
        String packageName,
        String nestedName,
        ModelSpec spec,
        List<StoredField> fields,
        ExecutableElement constructor,
        List<StoredField> relations) {
    ModelSource {
        fields = List.copyOf(fields);
        relations = List.copyOf(relations);
    }

    /** The model's canonical name, as generated code names it. */
    String qualifiedName() {
        return type.getQualifiedName().toString();
    }

    /** The simple name of a generated class, {@code User_} or {@code Shop_Item_Accessor}, qualified. */
    String qualify(String generatedSimpleName) {
        return packageName.isEmpty() ? generatedSimpleName : packageName + "." + generatedSimpleName;
    }

    /**
     * One stored field.
     *
     * @param spec what it declares
     * @param element the field, or the record component
     * @param type its declared type
     * @param getter the getter or record accessor found, or null
     * @param setter the setter found, or null
     */
    record StoredField(
            FieldSpec spec, Element element, TypeMirror type, ExecutableElement getter, ExecutableElement setter) {}
}
