package io.toasty.internal.meta;

import io.toasty.MappingException;
import io.toasty.model.Auto;
import io.toasty.model.Column;
import io.toasty.model.Convert;
import io.toasty.model.DiscriminatorValue;
import io.toasty.model.Embeddable;
import io.toasty.model.EnumOrdinal;
import io.toasty.model.Index;
import io.toasty.model.Inheritance;
import io.toasty.model.Json;
import io.toasty.model.Key;
import io.toasty.model.Model;
import io.toasty.model.Relation;
import io.toasty.model.SoftDelete;
import io.toasty.model.Transient;
import io.toasty.model.Unique;
import io.toasty.model.Version;
import io.toasty.spi.ModelAccessor;
import io.toasty.spi.ValueCodec;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads a model class by reflection at startup: the same {@link ModelSpec} the annotation processor builds, checked
 * by the same {@link ModelRules}, then resolved into a {@link ModelMeta} with the generated accessor when there is
 * one and a reflective one otherwise.
 */
public final class ModelReader {
    private ModelReader() {}

    /** Reads and checks {@code type}; throws {@link MappingException} listing every problem. */
    public static <T> ModelMeta<T> read(Class<T> type) {
        if (!type.isAnnotationPresent(Model.class)) {
            throw new MappingException(type.getName() + " is not a model: annotate it with @io.toasty.model.Model");
        }
        ModelSpec spec = spec(type);
        InheritanceSpec inheritance = inheritance(type);
        List<ModelRules.Problem> problems = new ArrayList<>(ModelRules.check(spec));
        problems.addAll(InheritanceRules.check(spec, inheritance));
        problems.addAll(HookRules.check(spec.simpleName(), HookMethods.read(type)));
        if (!problems.isEmpty()) {
            throw new MappingException("Cannot map " + type.getName() + ":\n  - "
                    + problems.stream().map(ModelRules.Problem::message).collect(Collectors.joining("\n  - ")));
        }
        ModelAccessor<T> accessor = generatedAccessor(type);
        boolean generated = accessor != null;
        if (accessor == null) {
            accessor = ReflectiveAccessor.of(type, spec);
        }
        List<String> accessorFields = Arrays.asList(accessor.fieldNames());
        Map<String, AnnotatedElement> elements = elements(type);
        List<FieldMeta> fields = new ArrayList<>();
        for (FieldSpec field : spec.fields()) {
            int index = accessorFields.indexOf(field.name());
            if (index < 0) {
                throw new MappingException(type.getName() + "." + field.name() + " is missing from the generated "
                        + accessor.getClass().getName() + ": recompile " + type.getSimpleName());
            }
            if (field.embedded() != null) {
                fields = null;
                break;
            }
            fields.add(fieldMeta(type, field, elements.get(field.name()), index));
        }
        if (fields == null) {
            EmbeddedAccessor.Flat<T> flat = EmbeddedAccessor.flatten(type, spec, accessor, elements);
            accessor = flat.accessor();
            fields = new ArrayList<>();
            for (EmbeddedAccessor.FlatField field : flat.fields()) {
                FieldMeta meta = fieldMeta(type, field.leaf().spec(), field.element(), fields.size());
                fields.add(field.leaf().path().equals(meta.name()) ? meta : embeddedMeta(meta, field.leaf()));
            }
        }
        List<String> accessorRelations = Arrays.asList(accessor.relationNames());
        for (RelationSpec relation : spec.relations()) {
            if (!accessorRelations.contains(relation.name())) {
                throw new MappingException(type.getName() + "." + relation.name() + " is missing from the generated "
                        + accessor.getClass().getName() + ": recompile " + type.getSimpleName());
            }
        }
        return new ModelMeta<>(
                        type,
                        spec.tableName(),
                        type.isRecord(),
                        fields,
                        indexes(spec, fields),
                        accessor,
                        generated,
                        spec)
                .withInheritance(inheritance);
    }

    /** The {@code @Model} classes {@code type} extends, nearest first. */
    static List<Class<?>> modelSuperclasses(Class<?> type) {
        List<Class<?>> chain = new ArrayList<>();
        for (Class<?> at = type.getSuperclass();
                at != null && at.isAnnotationPresent(Model.class);
                at = at.getSuperclass()) {
            chain.add(at);
        }
        return chain;
    }

    /** Where {@code type} stands in a single-table hierarchy, read by reflection. */
    static InheritanceSpec inheritance(Class<?> type) {
        List<Class<?>> chain = modelSuperclasses(type);
        Class<?> root = chain.isEmpty() ? type : chain.get(chain.size() - 1);
        Inheritance declared = root.getAnnotation(Inheritance.class);
        DiscriminatorValue value = type.getAnnotation(DiscriminatorValue.class);
        String rootTable = root.getAnnotation(Model.class).table();
        List<String> ownFields = new ArrayList<>();
        List<String> ownRelations = new ArrayList<>();
        if (!type.isRecord()) {
            for (Field field : type.getDeclaredFields()) {
                if (notStored(field)) {
                    continue;
                }
                boolean relation = RelationSpec.Kind.ofTypeName(field.getType().getCanonicalName()) != null;
                (relation ? ownRelations : ownFields).add(field.getName());
            }
        }
        return new InheritanceSpec(
                type.getName(),
                type.getSimpleName(),
                root.getName(),
                root.getSimpleName(),
                rootTable.isEmpty() ? Naming.tableName(root.getSimpleName()) : rootTable,
                declared != null,
                type.isAnnotationPresent(Inheritance.class),
                declared == null ? "type" : declared.discriminator(),
                value == null ? type.getSimpleName() : value.value(),
                value != null,
                type.getAnnotation(Model.class).table(),
                ownFields,
                ownRelations,
                Modifier.isAbstract(type.getModifiers()));
    }

    private static <T> FieldMeta fieldMeta(Class<T> type, FieldSpec field, AnnotatedElement element, int index) {
        FieldAnnotations ann = field.annotations();
        Class<?> javaType = DeferredTypes.stored(element);
        Type genericType = DeferredTypes.storedGeneric(element);
        ValueKind kind = field.kind();
        ValueCodec<?, ?> converter = null;
        ValueKind storedKind = kind;
        String where = type.getSimpleName() + "." + field.name();
        if (kind == ValueKind.CONVERTED) {
            converter = converter(element.getAnnotation(Convert.class).value(), where);
            storedKind = ValueKind.ofTypeName(converter.storedType().getCanonicalName());
            if (storedKind == null) {
                throw new MappingException(
                        where + ": the codec " + converter.getClass().getName() + " stores "
                                + converter.storedType().getName() + ", which is not a type Toasty stores natively");
            }
            if (!converter.type().isAssignableFrom(box(javaType))) {
                throw new MappingException(where + " has type " + javaType.getName() + " but its codec "
                        + converter.getClass().getName() + " converts "
                        + converter.type().getName());
            }
        }
        if (kind == ValueKind.JSON && !jacksonPresent()) {
            throw new MappingException(where + " is @Json, which needs Jackson: add the dependency"
                    + " com.fasterxml.jackson.core:jackson-databind");
        }
        boolean nullable = !field.primitive() && !ann.key() && !ann.notNull();
        return new FieldMeta(
                type.getSimpleName(),
                field.name(),
                ModelRules.column(field),
                kind,
                box(javaType),
                genericType,
                field.primitive(),
                nullable,
                ann.key(),
                ann.auto(),
                ann.version(),
                ann.unique(),
                ann.index(),
                ann.length(),
                ann.precision(),
                ann.scale(),
                converter,
                storedKind,
                index);
    }

    /** A component of an embedded field, named by its path, in its prefixed column. */
    private static FieldMeta embeddedMeta(FieldMeta component, EmbeddedRules.Leaf leaf) {
        return new FieldMeta(
                component.model(),
                leaf.path(),
                leaf.column(),
                component.kind(),
                component.type(),
                component.genericType(),
                false,
                component.nullable() || leaf.optional(),
                false,
                false,
                false,
                component.unique(),
                component.index(),
                component.length(),
                component.precision(),
                component.scale(),
                component.converter(),
                component.storedKind(),
                component.accessorIndex());
    }

    /** The generated accessor of an embeddable, or null. */
    static <T> ModelAccessor<T> generatedEmbeddableAccessor(Class<T> type) {
        return generatedAccessor(type);
    }

    private static List<IndexMeta> indexes(ModelSpec spec, List<FieldMeta> fields) {
        Map<String, FieldMeta> byName = new LinkedHashMap<>();
        fields.forEach(f -> byName.put(f.name(), f));
        List<IndexMeta> indexes = new ArrayList<>();
        String table = spec.tableName();
        for (FieldMeta field : fields) {
            if (field.unique()) {
                indexes.add(new IndexMeta(
                        IndexMeta.constraintName("uk", table, List.of(field.column())), List.of(field), true));
            }
            if (field.index()) {
                indexes.add(new IndexMeta(
                        IndexMeta.constraintName("ix", table, List.of(field.column())), List.of(field), false));
            }
        }
        for (IndexSpec index : spec.indexes()) {
            List<FieldMeta> covered = index.fields().stream().map(byName::get).toList();
            String name = index.name().isEmpty()
                    ? IndexMeta.constraintName(
                            index.unique() ? "uk" : "ix",
                            table,
                            covered.stream().map(FieldMeta::column).toList())
                    : index.name();
            indexes.add(new IndexMeta(name, covered, index.unique()));
        }
        return indexes;
    }

    /** The type name of a {@code List} field, with its element when it is stored as an array. */
    private static String listTypeName(AnnotatedElement element) {
        java.lang.reflect.Type type =
                element instanceof Field f ? f.getGenericType() : ((RecordComponent) element).getGenericType();
        String elementName = type instanceof java.lang.reflect.ParameterizedType list
                        && list.getActualTypeArguments()[0] instanceof Class<?> elementClass
                ? elementClass.getCanonicalName()
                : "?";
        FieldAnnotations annotations = annotations(element);
        return ValueKind.listTypeName(elementName, annotations.json() || annotations.converter() != null);
    }

    /** The {@link ModelSpec} of {@code type}, read by reflection. */
    static ModelSpec spec(Class<?> type) {
        List<String> typeProblems = typeProblems(type);
        List<FieldSpec> fields = new ArrayList<>();
        List<RelationSpec> relations = new ArrayList<>();
        String softDelete = null;
        for (Map.Entry<String, AnnotatedElement> entry : elements(type).entrySet()) {
            AnnotatedElement element = entry.getValue();
            Class<?> fieldType = element instanceof Field f ? f.getType() : ((RecordComponent) element).getType();
            if (RelationSpec.Kind.ofTypeName(fieldType.getCanonicalName()) != null) {
                relations.add(relationSpec(type, entry.getKey(), element, fieldType));
                continue;
            }
            if (element.isAnnotationPresent(SoftDelete.class) && softDelete == null) {
                softDelete = entry.getKey();
            }
            Class<?> storedType = DeferredTypes.stored(element);
            FieldSpec.Access access;
            String getter = null;
            String setter = null;
            if (type.isRecord()) {
                access = FieldSpec.Access.RECORD;
                getter = entry.getKey();
            } else if (!Modifier.isPrivate(((Field) element).getModifiers())) {
                access = FieldSpec.Access.FIELD;
            } else {
                Class<?> owner = ((Field) element).getDeclaringClass();
                getter = findGetter(owner, entry.getKey(), fieldType);
                setter = findSetter(owner, entry.getKey(), fieldType);
                access = getter != null && setter != null ? FieldSpec.Access.PROPERTY : FieldSpec.Access.NONE;
            }
            fields.add(new FieldSpec(
                    entry.getKey(),
                    storedType == List.class ? listTypeName(element) : storedType.getCanonicalName(),
                    storedType.isPrimitive(),
                    storedType.isEnum(),
                    access,
                    getter,
                    setter,
                    annotations(element),
                    embedded(storedType, new ArrayList<>())));
        }
        Model model = type.getAnnotation(Model.class);
        List<Class<?>> modelClasses = new ArrayList<>(modelSuperclasses(type));
        java.util.Collections.reverse(modelClasses);
        modelClasses.add(type);
        List<IndexSpec> indexes = modelClasses.stream()
                .flatMap(c -> Arrays.stream(c.getAnnotation(Model.class).indexes()))
                .map(i -> new IndexSpec(List.of(i.fields()), i.unique(), i.name()))
                .toList();
        String table = model.table();
        if (table.isEmpty() && modelClasses.size() > 1) {
            table = inheritance(type).rootTable();
        }
        return new ModelSpec(
                type.getName(),
                type.getSimpleName(),
                type.isRecord(),
                typeProblems,
                table,
                indexes,
                fields,
                relations,
                softDelete);
    }

    /** The spec of an {@code @Embeddable} type, or null for any other type; {@code enclosing} guards cycles. */
    private static EmbeddedSpec embedded(Class<?> type, List<String> enclosing) {
        if (!type.isAnnotationPresent(Embeddable.class)) {
            return null;
        }
        List<String> problems = new ArrayList<>();
        List<FieldSpec> components = new ArrayList<>();
        if (!type.isRecord()) {
            problems.add("is not a record: an @Embeddable must be a record");
        } else if (enclosing.contains(type.getName())) {
            problems.add("contains itself: embeddables cannot nest in a cycle");
        } else {
            enclosing.add(type.getName());
            for (RecordComponent component : type.getRecordComponents()) {
                Class<?> componentType = DeferredTypes.stored(component);
                components.add(new FieldSpec(
                        component.getName(),
                        componentType.getCanonicalName(),
                        componentType.isPrimitive(),
                        componentType.isEnum(),
                        FieldSpec.Access.RECORD,
                        component.getName(),
                        null,
                        annotations(component),
                        embedded(componentType, enclosing)));
            }
            enclosing.remove(type.getName());
        }
        return new EmbeddedSpec(type.getName(), type.getSimpleName(), problems, components);
    }

    private static RelationSpec relationSpec(Class<?> type, String name, AnnotatedElement element, Class<?> fieldType) {
        Type generic = element instanceof Field f ? f.getGenericType() : ((RecordComponent) element).getGenericType();
        String target = generic instanceof ParameterizedType parameterized
                        && parameterized.getActualTypeArguments()[0] instanceof Class<?> argument
                ? argument.getName()
                : null;
        FieldSpec.Access access;
        String getter = null;
        String setter = null;
        if (type.isRecord()) {
            access = FieldSpec.Access.RECORD;
            getter = name;
        } else if (!Modifier.isPrivate(((Field) element).getModifiers())) {
            access = FieldSpec.Access.FIELD;
        } else {
            Class<?> owner = ((Field) element).getDeclaringClass();
            getter = findGetter(owner, name, fieldType);
            setter = findSetter(owner, name, fieldType);
            access = getter != null && setter != null ? FieldSpec.Access.PROPERTY : FieldSpec.Access.NONE;
        }
        Relation relation = element.getAnnotation(Relation.class);
        return new RelationSpec(
                name,
                RelationSpec.Kind.ofTypeName(fieldType.getCanonicalName()),
                target,
                access,
                getter,
                setter,
                relation != null,
                relation == null ? "" : relation.mappedBy(),
                relation == null ? List.of() : List.of(relation.key()),
                relation == null ? "NO_ACTION" : relation.onDelete().name(),
                relation == null ? "" : relation.through(),
                relation == null ? "" : relation.via());
    }

    private static List<String> typeProblems(Class<?> type) {
        List<String> problems = new ArrayList<>();
        if (type.isInterface() || type.isEnum() || type.isAnnotation()) {
            problems.add("is not a class or a record: a model must be a concrete class or a record");
            return problems;
        }
        boolean hierarchy = type.isAnnotationPresent(Inheritance.class)
                || !modelSuperclasses(type).isEmpty();
        if (Modifier.isAbstract(type.getModifiers()) && !hierarchy) {
            problems.add("is abstract: a model must be a concrete class or a record");
        }
        if (type.getTypeParameters().length > 0) {
            problems.add("is generic: a model cannot have type parameters");
        }
        if (type.isMemberClass() && !Modifier.isStatic(type.getModifiers())) {
            problems.add("is an inner class: make it static");
        }
        if (Modifier.isPrivate(type.getModifiers())) {
            problems.add("is private: make it at least package-private");
        }
        if (!type.isRecord() && !(hierarchy && Modifier.isAbstract(type.getModifiers()))) {
            boolean constructor = Arrays.stream(type.getDeclaredConstructors())
                    .anyMatch(c -> c.getParameterCount() == 0 && !Modifier.isPrivate(c.getModifiers()));
            if (!constructor) {
                problems.add("has no non-private no-argument constructor: add one");
            }
        } else if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                if (component.isAnnotationPresent(Transient.class)) {
                    problems.add("has @Transient on record component " + component.getName()
                            + ", which records do not support: remove the component or the annotation");
                }
            }
        }
        return problems;
    }

    /** The stored fields (record components) of {@code type}, in declaration order. */
    static Map<String, AnnotatedElement> elements(Class<?> type) {
        Map<String, AnnotatedElement> elements = new LinkedHashMap<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                if (!component.isAnnotationPresent(Transient.class)) {
                    elements.put(component.getName(), component);
                }
            }
            return elements;
        }
        List<Class<?>> classes = new ArrayList<>(modelSuperclasses(type));
        java.util.Collections.reverse(classes);
        classes.add(type);
        for (Field field : classes.stream()
                .flatMap(c -> Arrays.stream(c.getDeclaredFields()))
                .toList()) {
            if (notStored(field)) {
                continue;
            }
            elements.put(field.getName(), field);
        }
        return elements;
    }

    private static FieldAnnotations annotations(AnnotatedElement element) {
        Column column = element.getAnnotation(Column.class);
        Index index = element.getAnnotation(Index.class);
        Convert convert = element.getAnnotation(Convert.class);
        boolean notNull = column != null && !column.nullable();
        for (Annotation annotation : element.getAnnotations()) {
            notNull |= FieldAnnotations.isNotNullAnnotation(
                    annotation.annotationType().getSimpleName());
        }
        return new FieldAnnotations(
                element.isAnnotationPresent(Key.class),
                element.isAnnotationPresent(Auto.class),
                element.isAnnotationPresent(Unique.class),
                index != null,
                index != null && index.fields().length > 0,
                element.isAnnotationPresent(Version.class),
                element.isAnnotationPresent(Json.class),
                element.isAnnotationPresent(EnumOrdinal.class),
                convert == null ? null : convert.value().getName(),
                column == null ? "" : column.name(),
                notNull,
                column == null ? 0 : column.length(),
                column == null ? 0 : column.precision(),
                column == null ? 0 : column.scale());
    }

    private static String findGetter(Class<?> type, String field, Class<?> fieldType) {
        String suffix = Character.toUpperCase(field.charAt(0)) + field.substring(1);
        List<String> names =
                fieldType == boolean.class ? List.of("is" + suffix, "get" + suffix) : List.of("get" + suffix);
        for (String name : names) {
            try {
                Method method = type.getDeclaredMethod(name);
                if (!Modifier.isPrivate(method.getModifiers()) && method.getReturnType() == fieldType) {
                    return name;
                }
            } catch (NoSuchMethodException absent) {
                // try the next name
            }
        }
        return null;
    }

    private static String findSetter(Class<?> type, String field, Class<?> fieldType) {
        String name = "set" + Character.toUpperCase(field.charAt(0)) + field.substring(1);
        try {
            Method method = type.getDeclaredMethod(name, fieldType);
            return Modifier.isPrivate(method.getModifiers()) ? null : name;
        } catch (NoSuchMethodException absent) {
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> ModelAccessor<T> generatedAccessor(Class<T> type) {
        Class<?> accessorClass;
        try {
            accessorClass = Class.forName(GeneratedNames.accessorBinaryName(type), true, type.getClassLoader());
        } catch (ClassNotFoundException notProcessed) {
            return null;
        }
        try {
            ModelAccessor<T> accessor =
                    (ModelAccessor<T>) accessorClass.getDeclaredConstructor().newInstance();
            if (accessor.modelType() != type) {
                throw new MappingException(accessorClass.getName() + " is not the accessor of " + type.getName());
            }
            return accessor;
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new MappingException(
                    "Cannot create the generated accessor " + accessorClass.getName() + " of " + type.getName()
                            + ": recompile the model",
                    e);
        }
    }

    private static ValueCodec<?, ?> converter(Class<?> codecClass, String where) {
        try {
            return (ValueCodec<?, ?>) codecClass.getDeclaredConstructor().newInstance();
        } catch (NoSuchMethodException e) {
            throw new MappingException(
                    where + ": the codec " + codecClass.getName() + " needs a public no-argument constructor", e);
        } catch (InvocationTargetException e) {
            throw new MappingException(
                    where + ": the codec " + codecClass.getName() + " failed to start", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new MappingException(where + ": cannot create the codec " + codecClass.getName(), e);
        }
    }

    private static boolean jacksonPresent() {
        try {
            Class.forName("com.fasterxml.jackson.databind.ObjectMapper", false, ModelReader.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** The box of a primitive type; other types unchanged. */
    public static Class<?> box(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return switch (type.getName()) {
            case "boolean" -> Boolean.class;
            case "byte" -> Byte.class;
            case "short" -> Short.class;
            case "int" -> Integer.class;
            case "long" -> Long.class;
            case "float" -> Float.class;
            case "double" -> Double.class;
            case "char" -> Character.class;
            default -> Void.class;
        };
    }

    /** Whether a class's field is no column: static, transient (by modifier or {@link Transient}) or synthetic. */
    private static boolean notStored(Field field) {
        int modifiers = field.getModifiers();
        return Modifier.isStatic(modifiers)
                || Modifier.isTransient(modifiers)
                || field.isSynthetic()
                || field.isAnnotationPresent(Transient.class);
    }
}
