package io.toasty.internal.processor;

import io.toasty.internal.processor.ModelSource.StoredField;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The opening of a generated class: package, Javadoc and annotations. Generated code is compiled with the user's
 * lint options, possibly {@code -Xlint:all -Werror}, so it suppresses exactly the warnings it cannot avoid: unchecked
 * casts to parameterized field types, and uses of deprecated models, fields, accessors and types.
 */
record ClassHeader(String packageName, boolean generatedAnnotation, List<String> suppressed) {
    static final String GENERATED = "javax.annotation.processing.Generated";

    static ClassHeader of(ModelSource model, Elements elements, TypeNames names) {
        List<Element> used = new ArrayList<>();
        addWithEnclosing(model.type(), used);
        if (model.constructor() != null) {
            used.add(model.constructor());
        }
        boolean parameterized = false;
        for (StoredField field : model.fields()) {
            used.add(field.element());
            if (field.getter() != null) {
                used.add(field.getter());
            }
            if (field.setter() != null) {
                used.add(field.setter());
                parameterized |= names.isParameterized(
                        field.setter().getParameters().get(0).asType());
            }
            names.mentionedTypes(field.type()).forEach(type -> addWithEnclosing(type, used));
            parameterized |= names.isParameterized(field.type());
        }
        List<String> suppressed = new ArrayList<>();
        if (used.stream().anyMatch(elements::isDeprecated)) {
            suppressed.add("deprecation");
        }
        if (used.stream().anyMatch(ClassHeader::isForRemoval)) {
            suppressed.add("removal");
        }
        if (parameterized) {
            suppressed.add("unchecked");
        }
        // in a named module that does not read java.compiler, @Generated cannot be named
        boolean generatedAnnotation = elements.getTypeElement(GENERATED) != null;
        return new ClassHeader(model.packageName(), generatedAnnotation, List.copyOf(suppressed));
    }

    /** Writes the package declaration, the Javadoc and the annotations of a class. */
    void write(StringBuilder out, String javadoc) {
        if (!packageName.isEmpty()) {
            out.append("package ").append(packageName).append(";\n\n");
        }
        out.append("/** ").append(javadoc).append(" */\n");
        if (generatedAnnotation) {
            out.append('@')
                    .append(GENERATED)
                    .append("(\"")
                    .append(ModelProcessor.class.getName())
                    .append("\")\n");
        }
        if (!suppressed.isEmpty()) {
            out.append("@java.lang.SuppressWarnings({\"")
                    .append(String.join("\", \"", suppressed))
                    .append("\"})\n");
        }
    }

    private static void addWithEnclosing(TypeElement type, List<Element> used) {
        for (Element element = type; element instanceof TypeElement; element = element.getEnclosingElement()) {
            used.add(element);
        }
    }

    private static boolean isForRemoval(Element element) {
        Deprecated deprecated = element.getAnnotation(Deprecated.class);
        return deprecated != null && deprecated.forRemoval();
    }
}
