package io.toasty.internal.processor;

import io.toasty.internal.meta.FieldSpec.Access;
import io.toasty.internal.meta.ModelRules.Problem;
import io.toasty.internal.processor.ModelSource.StoredField;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * What, beyond {@link io.toasty.internal.meta.ModelRules}, a model must satisfy for its generated classes to
 * compile. Reflection at runtime is not bound by these, so they are not part of the shared rules: a model that
 * breaks them would otherwise fail with an error in generated code that the user did not write.
 */
final class GeneratedCodeRules {
    private final Elements elements;
    private final TypeNames names;

    GeneratedCodeRules(Elements elements, TypeNames names) {
        this.elements = elements;
        this.names = names;
    }

    List<Problem> check(ModelSource model) {
        List<Problem> problems = new ArrayList<>();
        String type = model.spec().simpleName();
        String unreachable = unreachable(model.type(), model.packageName());
        if (unreachable != null) {
            problems.add(new Problem(null, type + " " + unreachable));
        }
        List<StoredField> all = new ArrayList<>(model.fields());
        all.addAll(model.relations());
        for (StoredField field : all) {
            String name = field.spec().name();
            String where = type + "." + name;
            if (field.spec().access() == Access.FIELD
                    && field.element().getModifiers().contains(Modifier.FINAL)) {
                problems.add(new Problem(
                        name,
                        where + " is final, but Toasty sets fields after creating a " + type
                                + ": remove final, or make " + type + " a record"));
            }
            for (TypeElement mentioned : names.mentionedTypes(field.type())) {
                if (!isAccessible(mentioned, model.packageName())) {
                    problems.add(new Problem(
                            name,
                            where + " has type " + mentioned.getQualifiedName() + ", which the classes generated in"
                                    + " package " + displayName(model.packageName()) + " cannot name: make it"
                                    + " public, or package-private in the same package"));
                }
            }
        }
        return problems;
    }

    /**
     * Why generated code cannot name the model although the runtime can reach it by reflection: it is nested in a
     * private class (a private model itself breaks a shared rule). Null when it can. Local classes are never seen:
     * annotation processing does not reach into method bodies.
     */
    private static String unreachable(TypeElement type, String packageName) {
        for (Element element = type.getEnclosingElement();
                element instanceof TypeElement enclosing;
                element = element.getEnclosingElement()) {
            if (enclosing.getModifiers().contains(Modifier.PRIVATE)) {
                return "is nested in the private class " + enclosing.getSimpleName() + ", which the classes"
                        + " generated in package " + displayName(packageName) + " cannot name: make "
                        + enclosing.getSimpleName() + " package-private or public";
            }
        }
        return null;
    }

    private boolean isAccessible(TypeElement type, String fromPackage) {
        boolean samePackage = elements.getPackageOf(type).getQualifiedName().contentEquals(fromPackage);
        for (Element element = type; element instanceof TypeElement nested; element = element.getEnclosingElement()) {
            boolean visible = samePackage
                    ? !nested.getModifiers().contains(Modifier.PRIVATE)
                    : nested.getModifiers().contains(Modifier.PUBLIC);
            if (!visible) {
                return false;
            }
        }
        return true;
    }

    private static String displayName(String packageName) {
        return packageName.isEmpty() ? "(unnamed)" : packageName;
    }
}
