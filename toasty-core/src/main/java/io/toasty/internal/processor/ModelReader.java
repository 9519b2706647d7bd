package io.toasty.internal.processor;

import io.toasty.internal.meta.EmbeddedSpec;
import io.toasty.internal.meta.FieldAnnotations;
import io.toasty.internal.meta.FieldSpec;
import io.toasty.internal.meta.FieldSpec.Access;
import io.toasty.internal.meta.IndexSpec;
import io.toasty.internal.meta.InheritanceSpec;
import io.toasty.internal.meta.ModelSpec;
import io.toasty.internal.meta.Naming;
import io.toasty.internal.meta.RelationSpec;
import io.toasty.internal.processor.ModelSource.StoredField;
import io.toasty.model.DiscriminatorValue;
import io.toasty.model.Embeddable;
import io.toasty.model.Inheritance;
import io.toasty.model.Model;
import io.toasty.model.Relation;
import io.toasty.model.SoftDelete;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Builds the {@link ModelSpec} of a {@code @Model} type from the compiler's model, following the rules the runtime
 * follows by reflection: the stored fields are the declared, non-static, non-{@code transient}, non-{@code
 * Transient} fields of a class (every component of a record), in declaration order.
 */
final class ModelReader {
    private static final String CONCRETE = ": a model must be a concrete class or a record";

    private final Elements elements;
    private final Types types;
    private final TypeNames names;
    /** The embeddables being read, outermost first, to stop at a cycle. */
    private final List<String> enclosing = new ArrayList<>();

    ModelReader(Elements elements, Types types, TypeNames names) {
        this.elements = elements;
        this.types = types;
        this.names = names;
    }

    ModelSource read(TypeElement type) {
        boolean record = type.getKind() == ElementKind.RECORD;
        List<String> problemsOfType = problemsOfType(type);
        List<StoredField> all = new ArrayList<>();
        List<TypeElement> superclasses = modelSuperclasses(type);
        for (int i = superclasses.size() - 1; i >= 0 && !record; i--) {
            // a subclass in a single-table hierarchy stores the fields of the models it extends first
            all.addAll(classFields(superclasses.get(i)));
        }
        all.addAll(record ? recordFields(type, problemsOfType) : classFields(type));
        List<StoredField> fields = new ArrayList<>();
        List<StoredField> relationFields = new ArrayList<>();
        List<RelationSpec> relations = new ArrayList<>();
        String softDelete = null;
        for (StoredField field : all) {
            RelationSpec.Kind kind = RelationSpec.Kind.ofTypeName(field.spec().typeName());
            if (kind == null) {
                fields.add(field);
                if (softDelete == null && field.element().getAnnotation(SoftDelete.class) != null) {
                    softDelete = field.spec().name();
                }
            } else {
                relationFields.add(field);
                relations.add(relationSpec(field, kind));
            }
        }
        ModelSpec spec = new ModelSpec(
                elements.getBinaryName(type).toString(),
                type.getSimpleName().toString(),
                record,
                problemsOfType,
                superclasses.isEmpty() || !Annotations.table(type).isEmpty()
                        ? Annotations.table(type)
                        : inheritance(type).rootTable(),
                indexes(type, superclasses),
                fields.stream().map(StoredField::spec).toList(),
                relations,
                softDelete);
        String packageName = elements.getPackageOf(type).getQualifiedName().toString();
        String qualified = type.getQualifiedName().toString();
        String nestedName = packageName.isEmpty() ? qualified : qualified.substring(packageName.length() + 1);
        return new ModelSource(type, packageName, nestedName, spec, fields, constructor(type, record), relationFields);
    }

    /** The {@code @Model} classes {@code type} extends, nearest first. */
    List<TypeElement> modelSuperclasses(TypeElement type) {
        List<TypeElement> chain = new ArrayList<>();
        TypeMirror superclass = type.getSuperclass();
        while (superclass.getKind() == TypeKind.DECLARED) {
            TypeElement element = (TypeElement) types.asElement(superclass);
            if (element.getAnnotation(Model.class) == null) {
                break;
            }
            chain.add(element);
            superclass = element.getSuperclass();
        }
        return chain;
    }

    /** The indexes of {@code @Model(indexes)} of the models {@code type} extends, then its own. */
    private static List<IndexSpec> indexes(TypeElement type, List<TypeElement> superclasses) {
        List<IndexSpec> indexes = new ArrayList<>();
        for (int i = superclasses.size() - 1; i >= 0; i--) {
            indexes.addAll(Annotations.indexes(superclasses.get(i)));
        }
        indexes.addAll(Annotations.indexes(type));
        return indexes;
    }

    /** Where {@code type} stands in a single-table hierarchy, read as the runtime reads it by reflection. */
    InheritanceSpec inheritance(TypeElement type) {
        List<TypeElement> chain = modelSuperclasses(type);
        TypeElement root = chain.isEmpty() ? type : chain.get(chain.size() - 1);
        Inheritance declared = root.getAnnotation(Inheritance.class);
        DiscriminatorValue value = type.getAnnotation(DiscriminatorValue.class);
        String rootTable = Annotations.table(root);
        List<String> ownFields = new ArrayList<>();
        List<String> ownRelations = new ArrayList<>();
        if (type.getKind() == ElementKind.CLASS) {
            for (StoredField field : classFields(type)) {
                boolean relation = RelationSpec.Kind.ofTypeName(field.spec().typeName()) != null;
                (relation ? ownRelations : ownFields).add(field.spec().name());
            }
        }
        String simpleName = type.getSimpleName().toString();
        return new InheritanceSpec(
                elements.getBinaryName(type).toString(),
                simpleName,
                elements.getBinaryName(root).toString(),
                root.getSimpleName().toString(),
                rootTable.isEmpty() ? Naming.tableName(root.getSimpleName().toString()) : rootTable,
                declared != null,
                type.getAnnotation(Inheritance.class) != null,
                declared == null ? "type" : declared.discriminator(),
                value == null ? simpleName : value.value(),
                value != null,
                Annotations.table(type),
                ownFields,
                ownRelations,
                type.getModifiers().contains(Modifier.ABSTRACT));
    }

    private RelationSpec relationSpec(StoredField field, RelationSpec.Kind kind) {
        String target = null;
        if (field.type() instanceof DeclaredType declared
                && declared.getTypeArguments().size() == 1) {
            TypeMirror argument = declared.getTypeArguments().get(0);
            if (argument.getKind() == TypeKind.DECLARED) {
                target = elements.getBinaryName((TypeElement) types.asElement(argument))
                        .toString();
            }
        }
        Relation relation = field.element().getAnnotation(Relation.class);
        FieldSpec spec = field.spec();
        return new RelationSpec(
                spec.name(),
                kind,
                target,
                spec.access(),
                spec.getter(),
                spec.setter(),
                relation != null,
                relation == null ? "" : relation.mappedBy(),
                relation == null ? List.of() : List.of(relation.key()),
                relation == null ? "NO_ACTION" : relation.onDelete().name(),
                relation == null ? "" : relation.through(),
                relation == null ? "" : relation.via());
    }

    /** Whether a field's type, or a type it names, is not resolved yet. */
    boolean hasUnresolvedTypes(TypeElement type) {
        List<? extends Element> members = type.getKind() == ElementKind.RECORD
                ? type.getRecordComponents()
                : ElementFilter.fieldsIn(type.getEnclosedElements());
        return members.stream().anyMatch(member -> TypeNames.hasErrors(member.asType()));
    }

    /** The same problems, in the same words, as the runtime's reflective reader finds. */
    private List<String> problemsOfType(TypeElement type) {
        List<String> problems = new ArrayList<>();
        ElementKind kind = type.getKind();
        if (kind != ElementKind.CLASS && kind != ElementKind.RECORD) {
            problems.add("is not a class or a record" + CONCRETE);
            return problems;
        }
        boolean hierarchy = type.getAnnotation(Inheritance.class) != null
                || !modelSuperclasses(type).isEmpty();
        boolean abstractBase = hierarchy && type.getModifiers().contains(Modifier.ABSTRACT);
        if (type.getModifiers().contains(Modifier.ABSTRACT) && !abstractBase) {
            problems.add("is abstract" + CONCRETE);
        }
        if (!type.getTypeParameters().isEmpty()) {
            problems.add("is generic: a model cannot have type parameters");
        }
        if (type.getNestingKind() == NestingKind.MEMBER
                && kind == ElementKind.CLASS
                && !type.getModifiers().contains(Modifier.STATIC)) {
            problems.add("is an inner class: make it static");
        }
        if (type.getModifiers().contains(Modifier.PRIVATE)) {
            problems.add("is private: make it at least package-private");
        }
        if (kind == ElementKind.CLASS && !abstractBase && constructor(type, false) == null) {
            problems.add("has no non-private no-argument constructor: add one");
        }
        return problems;
    }

    private List<StoredField> classFields(TypeElement type) {
        List<ExecutableElement> methods = ElementFilter.methodsIn(type.getEnclosedElements());
        List<StoredField> fields = new ArrayList<>();
        for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
            Set<Modifier> modifiers = field.getModifiers();
            if (modifiers.contains(Modifier.STATIC)
                    || modifiers.contains(Modifier.TRANSIENT)
                    || Annotations.isTransient(field)) {
                continue;
            }
            String name = field.getSimpleName().toString();
            TypeMirror fieldType = field.asType();
            ExecutableElement getter = null;
            ExecutableElement setter = null;
            Access access = Access.FIELD;
            if (modifiers.contains(Modifier.PRIVATE)) {
                // like the runtime, record the getter or setter found even when the other is missing
                getter = getter(methods, name, fieldType);
                setter = setter(methods, name, fieldType);
                access = getter != null && setter != null ? Access.PROPERTY : Access.NONE;
            }
            fields.add(new StoredField(spec(field, access, getter, setter), field, fieldType, getter, setter));
        }
        return fields;
    }

    private List<StoredField> recordFields(TypeElement type, List<String> problemsOfType) {
        List<StoredField> fields = new ArrayList<>();
        for (RecordComponentElement component : type.getRecordComponents()) {
            if (Annotations.isTransient(component)) {
                problemsOfType.add("has @Transient on record component " + component.getSimpleName()
                        + ", which records do not support: remove the component or the annotation");
                continue;
            }
            ExecutableElement accessor = component.getAccessor();
            fields.add(new StoredField(
                    spec(component, Access.RECORD, accessor, null), component, component.asType(), accessor, null));
        }
        return fields;
    }

    private FieldSpec spec(Element element, Access access, ExecutableElement getter, ExecutableElement setter) {
        TypeMirror type = names.stored(element.asType());
        FieldAnnotations annotations = Annotations.of(element, elements);
        return new FieldSpec(
                element.getSimpleName().toString(),
                names.specName(element.asType(), annotations.json() || annotations.converter() != null),
                type.getKind().isPrimitive(),
                type.getKind() == TypeKind.DECLARED && types.asElement(type).getKind() == ElementKind.ENUM,
                access,
                getter == null ? null : getter.getSimpleName().toString(),
                setter == null ? null : setter.getSimpleName().toString(),
                annotations,
                embedded(type));
    }

    /** The {@code @Embeddable} type of a field, or null; the problems in the same words as the runtime's. */
    private EmbeddedSpec embedded(TypeMirror type) {
        TypeElement embeddable = embeddable(type);
        if (embeddable == null) {
            return null;
        }
        String binaryName = elements.getBinaryName(embeddable).toString();
        List<String> problems = new ArrayList<>();
        List<FieldSpec> components = new ArrayList<>();
        if (embeddable.getKind() != ElementKind.RECORD) {
            problems.add("is not a record: an @Embeddable must be a record");
        } else if (enclosing.contains(binaryName)) {
            problems.add("contains itself: embeddables cannot nest in a cycle");
        } else {
            enclosing.add(binaryName);
            for (RecordComponentElement component : embeddable.getRecordComponents()) {
                components.add(spec(component, Access.RECORD, component.getAccessor(), null));
            }
            enclosing.remove(binaryName);
        }
        return new EmbeddedSpec(binaryName, embeddable.getSimpleName().toString(), problems, components);
    }

    /** The type element of a field's type when it is annotated {@code @Embeddable}, else null. */
    TypeElement embeddable(TypeMirror type) {
        if (type.getKind() != TypeKind.DECLARED) {
            return null;
        }
        TypeElement element = (TypeElement) types.asElement(type);
        return element.getAnnotation(Embeddable.class) == null ? null : element;
    }

    /** The components of an {@code @Embeddable} record, read like a model's, for its accessor and metamodel. */
    ModelSource readEmbeddable(TypeElement type) {
        return read(type);
    }

    /**
     * {@code isX()} then {@code getX()} for a {@code boolean}, {@code getX()} otherwise: non-private, instance, no
     * parameter, returning the field's type (compared erased, as reflection compares it).
     */
    private ExecutableElement getter(List<ExecutableElement> methods, String field, TypeMirror type) {
        String property = capitalize(field);
        List<String> candidates = type.getKind() == TypeKind.BOOLEAN
                ? List.of("is" + property, "get" + property)
                : List.of("get" + property);
        for (String name : candidates) {
            for (ExecutableElement method : methods) {
                if (isInstanceMethod(method, name)
                        && method.getParameters().isEmpty()
                        && types.isSameType(types.erasure(method.getReturnType()), types.erasure(type))) {
                    return method;
                }
            }
        }
        return null;
    }

    /**
     * {@code setX(T)}: non-private, instance, taking the field's type (compared erased). Generated code casts to the
     * parameter's own type, so a setter declared with other type arguments still compiles.
     */
    private ExecutableElement setter(List<ExecutableElement> methods, String field, TypeMirror type) {
        String name = "set" + capitalize(field);
        for (ExecutableElement method : methods) {
            if (isInstanceMethod(method, name)
                    && method.getParameters().size() == 1
                    && types.isSameType(
                            types.erasure(method.getParameters().get(0).asType()), types.erasure(type))) {
                return method;
            }
        }
        return null;
    }

    private static boolean isInstanceMethod(ExecutableElement method, String name) {
        // reflection would also find a static method, but calling one on an instance is a lint warning
        return method.getSimpleName().contentEquals(name)
                && !method.getModifiers().contains(Modifier.PRIVATE)
                && !method.getModifiers().contains(Modifier.STATIC);
    }

    private boolean sameTypes(ExecutableElement method, List<TypeMirror> parameters) {
        List<? extends VariableElement> declared = method.getParameters();
        if (declared.size() != parameters.size()) {
            return false;
        }
        for (int i = 0; i < parameters.size(); i++) {
            if (!types.isSameType(declared.get(i).asType(), parameters.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The non-private no-argument constructor of a class, or the canonical constructor of a record. */
    private ExecutableElement constructor(TypeElement type, boolean record) {
        List<TypeMirror> wanted = record
                ? type.getRecordComponents().stream().map(Element::asType).toList()
                : List.of();
        for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
            if ((record || !constructor.getModifiers().contains(Modifier.PRIVATE)) && sameTypes(constructor, wanted)) {
                return constructor;
            }
        }
        return null;
    }

    private static String capitalize(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
