package io.toasty.internal.processor;

import io.toasty.internal.meta.GeneratedNames;
import io.toasty.internal.processor.ModelSource.StoredField;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Writes the metamodel of a model, {@code User_}: one {@code public static final} attribute per stored field, of
 * the attribute class its {@link io.toasty.internal.meta.ValueKind} decides, for typed queries such as {@code
 * User_.email.eq("a@b.c")}.
 */
final class MetamodelWriter {
    private static final String QUERY = "io.toasty.query.";

    private final TypeNames names;
    private final ModelReader reader;

    MetamodelWriter(TypeNames names, ModelReader reader) {
        this.names = names;
        this.reader = reader;
    }

    /** The simple name of the generated class. */
    static String simpleName(ModelSource model) {
        return GeneratedNames.metamodel(model.nestedName());
    }

    String write(ModelSource model, ClassHeader header) {
        String modelType = model.qualifiedName();
        String simpleName = simpleName(model);
        StringBuilder out = new StringBuilder();
        header.write(
                out,
                "The attributes of {@link " + modelType + "}, one per stored field, for typed queries. Generated"
                        + " by Toasty.");
        out.append("public final class ").append(simpleName).append(" {\n");
        for (StoredField field : model.fields()) {
            String name = field.spec().name();
            if (field.spec().embedded() != null) {
                embedded(out, "    ", "static ", model.nestedName(), modelType, field, name, name);
                continue;
            }
            out.append("    /** {@code ")
                    .append(model.nestedName())
                    .append('.')
                    .append(name)
                    .append("}. */\n");
            out.append("    public static final ")
                    .append(declaration(field, modelType))
                    .append(' ')
                    .append(name)
                    .append(" =\n            ")
                    .append(initializer(field, modelType))
                    .append(";\n\n");
        }
        for (StoredField relation : model.relations()) {
            String name = relation.spec().name();
            TypeMirror target =
                    ((DeclaredType) relation.type()).getTypeArguments().get(0);
            out.append("    /** The relation {@code ")
                    .append(model.nestedName())
                    .append('.')
                    .append(name)
                    .append("}. */\n");
            out.append("    public static final ")
                    .append(QUERY)
                    .append("RelationAttribute<")
                    .append(modelType)
                    .append(", ")
                    .append(names.source(target))
                    .append("> ")
                    .append(name)
                    .append(" =\n            new ")
                    .append(QUERY)
                    .append("RelationAttribute<>(")
                    .append(modelType)
                    .append(".class, \"")
                    .append(name)
                    .append("\", ")
                    .append(names.classLiteral(target))
                    .append(");\n\n");
        }
        out.append("    private ").append(simpleName).append("() {}\n");
        out.append("}\n");
        return out.toString();
    }

    /**
     * An embedded field: a nested class holding one attribute per component (nested again for an embedded
     * component), named by the component's path, so that {@code User_.address.city} names {@code address.city}.
     */
    private void embedded(
            StringBuilder out,
            String indent,
            String modifier,
            String owner,
            String modelType,
            StoredField field,
            String name,
            String path) {
        ModelSource embeddable = reader.readEmbeddable(reader.embeddable(names.stored(field.type())));
        String holder = holderName(path);
        out.append(indent)
                .append("/** The components of {@code ")
                .append(owner)
                .append('.')
                .append(path);
        out.append("}. */\n");
        out.append(indent)
                .append("public ")
                .append(modifier)
                .append("final ")
                .append(holder)
                .append(' ');
        out.append(name).append(" = new ").append(holder).append("();\n\n");
        out.append(indent)
                .append("/** The attributes of {@code ")
                .append(owner)
                .append('.')
                .append(path);
        out.append("}, an embedded {@code ")
                .append(embeddable.spec().simpleName())
                .append("}. */\n");
        out.append(indent).append("public static final class ").append(holder).append(" {\n");
        String inner = indent + "    ";
        for (StoredField component : embeddable.fields()) {
            String componentName = component.spec().name();
            String componentPath = path + "." + componentName;
            if (component.spec().embedded() != null) {
                embedded(out, inner, "", owner, modelType, component, componentName, componentPath);
                continue;
            }
            out.append(inner).append("/** {@code ").append(owner).append('.').append(componentPath);
            out.append("}. */\n");
            out.append(inner)
                    .append("public final ")
                    .append(declaration(component, modelType))
                    .append(' ');
            out.append(componentName).append(" =\n").append(inner).append("        ");
            out.append(initializer(component, modelType, componentPath)).append(";\n\n");
        }
        out.append(inner).append("private ").append(holder).append("() {}\n");
        out.append(indent).append("}\n\n");
    }

    /** {@code address.geo} is held by {@code AddressGeoAttributes}. */
    private static String holderName(String path) {
        StringBuilder name = new StringBuilder();
        for (String part : path.split("\\.")) {
            name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return name.append("Attributes").toString();
    }

    private String declaration(StoredField field, String modelType) {
        String valueType = names.boxedSource(names.stored(field.type()));
        return switch (field.spec().kind().attr()) {
            case STRING -> QUERY + "StringAttribute<" + modelType + ">";
            case NUMBER -> QUERY + "NumberAttribute<" + modelType + ", " + valueType + ">";
            case COMPARABLE -> QUERY + "ComparableAttribute<" + modelType + ", " + valueType + ">";
            case BASIC -> QUERY + "BasicAttribute<" + modelType + ", " + valueType + ">";
            case ARRAY -> QUERY + "ArrayAttribute<" + modelType + ", " + arrayElement(field) + ">";
        };
    }

    private String initializer(StoredField field, String modelType) {
        return initializer(field, modelType, field.spec().name());
    }

    private String initializer(StoredField field, String modelType, String path) {
        String arguments = modelType + ".class, \"" + path + "\"";
        return switch (field.spec().kind().attr()) {
            case STRING -> "new " + QUERY + "StringAttribute<>(" + arguments + ")";
            case NUMBER ->
                "new " + QUERY + "NumberAttribute<>(" + arguments + ", " + typeToken(names.stored(field.type())) + ")";
            case COMPARABLE ->
                "new " + QUERY + "ComparableAttribute<>(" + arguments + ", " + typeToken(names.stored(field.type()))
                        + ")";
            case BASIC ->
                "new " + QUERY + "BasicAttribute<>(" + arguments + ", " + typeToken(names.stored(field.type())) + ")";
            case ARRAY -> "new " + QUERY + "ArrayAttribute<>(" + arguments + ", " + arrayElement(field) + "[].class)";
        };
    }

    /** The element type of an array or {@code List} field stored as a database array. */
    private static String arrayElement(StoredField field) {
        return switch (field.spec().kind()) {
            case STRING_ARRAY -> "java.lang.String";
            case INT_ARRAY -> "java.lang.Integer";
            case LONG_ARRAY -> "java.lang.Long";
            default -> "java.util.UUID";
        };
    }

    /**
     * The {@code Class} of the field's type. A class literal is raw, so a parameterized type such as {@code
     * List<String>} gets the literal of its erasure, cast (unchecked) through {@code Class<?>}.
     */
    private String typeToken(TypeMirror type) {
        String literal = names.classLiteral(type);
        if (!names.isParameterized(type)) {
            return literal;
        }
        return "(java.lang.Class<" + names.source(type) + ">) (java.lang.Class<?>) " + literal;
    }
}
