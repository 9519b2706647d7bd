package io.toasty.internal.processor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.PrimitiveType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Types;

/**
 * Writes types as generated source names them: fully qualified, without type annotations (which
 * {@code TypeMirror.toString()} would include), and raw types given wildcards so that generated code has no raw
 * types.
 */
final class TypeNames {
    private final Types types;

    TypeNames(Types types) {
        this.types = types;
    }

    /** The type of the stored values: {@code T} of a {@code io.toasty.Deferred<T>} field, else the type itself. */
    TypeMirror stored(TypeMirror type) {
        if (type.getKind() == TypeKind.DECLARED
                && element(type).getQualifiedName().contentEquals("io.toasty.Deferred")
                && ((DeclaredType) type).getTypeArguments().size() == 1) {
            return ((DeclaredType) type).getTypeArguments().get(0);
        }
        return type;
    }

    /**
     * The name {@link io.toasty.internal.meta.FieldSpec#typeName()} wants for a field declared with {@code type}: the
     * erased name, but {@code java.util.List<java.lang.String>} for a list stored as an array (as the runtime names
     * it, from the field itself: a {@code Deferred<List<...>>} stays {@code java.util.List}).
     */
    String specName(TypeMirror type, boolean jsonOrConverted) {
        if (type.getKind() == TypeKind.DECLARED
                && element(type).getQualifiedName().contentEquals("java.util.List")
                && ((DeclaredType) type).getTypeArguments().size() == 1) {
            TypeMirror argument = ((DeclaredType) type).getTypeArguments().get(0);
            String elementName = argument.getKind() == TypeKind.DECLARED ? erasedName(argument) : "?";
            return io.toasty.internal.meta.ValueKind.listTypeName(elementName, jsonOrConverted);
        }
        return erasedName(stored(type));
    }

    /** The canonical name of the erased type, as {@link io.toasty.internal.meta.FieldSpec#typeName()} wants it. */
    String erasedName(TypeMirror type) {
        TypeKind kind = type.getKind();
        if (kind.isPrimitive()) {
            return kind.name().toLowerCase(Locale.ROOT);
        }
        return switch (kind) {
            case ARRAY -> erasedName(((ArrayType) type).getComponentType()) + "[]";
            case DECLARED -> element(type).getQualifiedName().toString();
            case TYPEVAR -> erasedName(types.erasure(type));
            default -> type.toString();
        };
    }

    /** The type as source code, with its type arguments. */
    String source(TypeMirror type) {
        TypeKind kind = type.getKind();
        if (kind.isPrimitive()) {
            return kind.name().toLowerCase(Locale.ROOT);
        }
        return switch (kind) {
            case ARRAY -> source(((ArrayType) type).getComponentType()) + "[]";
            case DECLARED -> declared((DeclaredType) type);
            case WILDCARD -> wildcard((WildcardType) type);
            case TYPEVAR -> source(types.erasure(type));
            default -> type.toString();
        };
    }

    /** The type as source code, boxed if primitive: what a generic type argument for it must be. */
    String boxedSource(TypeMirror type) {
        if (type.getKind().isPrimitive()) {
            return types.boxedClass((PrimitiveType) type).getQualifiedName().toString();
        }
        return source(type);
    }

    /** A class literal of the type, boxed if primitive. */
    String classLiteral(TypeMirror type) {
        String erased = type.getKind().isPrimitive() ? boxedSource(type) : erasedName(type);
        return erased + ".class";
    }

    /** Whether naming the type takes type arguments, so that casting to it is unchecked. */
    boolean isParameterized(TypeMirror type) {
        return source(type).contains("<");
    }

    /** Every declared type named in {@code type}: itself, its array components and its type arguments. */
    List<TypeElement> mentionedTypes(TypeMirror type) {
        List<TypeElement> found = new ArrayList<>();
        collect(type, found);
        return found;
    }

    private void collect(TypeMirror type, List<TypeElement> found) {
        switch (type.getKind()) {
            case ARRAY -> collect(((ArrayType) type).getComponentType(), found);
            case DECLARED -> {
                DeclaredType declared = (DeclaredType) type;
                found.add(element(declared));
                declared.getTypeArguments().forEach(argument -> collect(argument, found));
            }
            case WILDCARD -> {
                WildcardType wildcard = (WildcardType) type;
                if (wildcard.getExtendsBound() != null) {
                    collect(wildcard.getExtendsBound(), found);
                }
                if (wildcard.getSuperBound() != null) {
                    collect(wildcard.getSuperBound(), found);
                }
            }
            default -> {}
        }
    }

    /** Whether {@code type} or a type it names could not be resolved (yet: another processor may generate it). */
    static boolean hasErrors(TypeMirror type) {
        return switch (type.getKind()) {
            case ERROR -> true;
            case ARRAY -> hasErrors(((ArrayType) type).getComponentType());
            case DECLARED -> ((DeclaredType) type).getTypeArguments().stream().anyMatch(TypeNames::hasErrors);
            case WILDCARD -> {
                WildcardType wildcard = (WildcardType) type;
                yield (wildcard.getExtendsBound() != null && hasErrors(wildcard.getExtendsBound()))
                        || (wildcard.getSuperBound() != null && hasErrors(wildcard.getSuperBound()));
            }
            default -> false;
        };
    }

    private String declared(DeclaredType type) {
        TypeElement element = element(type);
        TypeMirror enclosing = type.getEnclosingType();
        String name;
        if (enclosing.getKind() == TypeKind.DECLARED
                && !element.getModifiers().contains(Modifier.STATIC)
                && isParameterized(enclosing)) {
            // an inner class of a parameterized type: Outer<String>.Inner
            name = source(enclosing) + "." + element.getSimpleName();
        } else {
            name = element.getQualifiedName().toString();
        }
        List<? extends TypeMirror> arguments = type.getTypeArguments();
        if (arguments.isEmpty()) {
            int parameters = element.getTypeParameters().size();
            return parameters == 0 ? name : name + "<" + String.join(", ", Collections.nCopies(parameters, "?")) + ">";
        }
        List<String> rendered = new ArrayList<>();
        arguments.forEach(argument -> rendered.add(source(argument)));
        return name + "<" + String.join(", ", rendered) + ">";
    }

    private String wildcard(WildcardType type) {
        if (type.getExtendsBound() != null) {
            return "? extends " + source(type.getExtendsBound());
        }
        if (type.getSuperBound() != null) {
            return "? super " + source(type.getSuperBound());
        }
        return "?";
    }

    private static TypeElement element(TypeMirror type) {
        return (TypeElement) ((DeclaredType) type).asElement();
    }
}
