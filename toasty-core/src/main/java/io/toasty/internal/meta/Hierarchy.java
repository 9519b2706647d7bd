package io.toasty.internal.meta;

import io.toasty.MappingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A model's place in a single-table hierarchy of one Toasty ({@link io.toasty.model.Inheritance}): the discriminator
 * column, the discriminator values of the rows it reads (its own and its subclasses'), and the classes that declare
 * the columns of its subclasses. Built once at startup by {@link #compose}; immutable.
 */
public final class Hierarchy {
    /** The name of the discriminator's field among a hierarchy model's fields: no Java field can have it. */
    public static final String DISCRIMINATOR_PREFIX = "@";

    private final FieldMeta discriminator;
    private final List<String> values;
    private final boolean root;
    private final Map<String, Class<?>> declaring;
    private final UnionAccessor<?> accessor;

    private Hierarchy(
            FieldMeta discriminator,
            List<String> values,
            boolean root,
            Map<String, Class<?>> declaring,
            UnionAccessor<?> accessor) {
        this.discriminator = discriminator;
        this.values = List.copyOf(values);
        this.root = root;
        this.declaring = Map.copyOf(declaring);
        this.accessor = accessor;
    }

    /** The discriminator, a {@code NOT NULL} string field of every model of the hierarchy. */
    public FieldMeta discriminator() {
        return discriminator;
    }

    /** Whether the model is the hierarchy's base, whose reads take every row of the table. */
    public boolean root() {
        return root;
    }

    /** The discriminator values a subclass model reads and writes (its own, then its subclasses'); empty for the base. */
    public Optional<List<String>> restriction() {
        return root ? Optional.empty() : Optional.of(values);
    }

    /** The class declaring field {@code name}, or {@code fallback} when it is the model's own or inherited. */
    Class<?> declaringType(String name, Class<?> fallback) {
        return declaring.getOrDefault(name, fallback);
    }

    /**
     * Checks, before a write, the fields of {@code instance}'s class that are not nullable in Java but whose columns
     * are nullable in the shared table because other models of the hierarchy do not have them.
     *
     * @throws io.toasty.InvalidValueException naming the field
     */
    public void checkRequired(Object instance) {
        accessor.checkRequired(instance);
    }

    /**
     * Composes the models of single-table hierarchies: each model of a hierarchy reads the columns of its
     * subclasses too and creates the class its row's discriminator names; models of no hierarchy are kept as they
     * are.
     *
     * @throws MappingException when a hierarchy is incomplete or inconsistent
     */
    public static List<ModelMeta<?>> compose(List<ModelMeta<?>> metas) {
        Map<String, ModelMeta<?>> byName = new LinkedHashMap<>();
        metas.forEach(meta -> byName.put(meta.type().getName(), meta));
        Map<String, List<ModelMeta<?>>> hierarchies = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (ModelMeta<?> meta : metas) {
            InheritanceSpec inheritance = meta.inheritance();
            if (inheritance == null || !inheritance.inHierarchy()) {
                continue;
            }
            if (!byName.containsKey(inheritance.rootName())) {
                problems.add(meta.name() + " extends " + inheritance.rootSimpleName() + ", which is not a model of"
                        + " this Toasty: add it with Toasty.builder(dataSource).models(" + inheritance.rootSimpleName()
                        + ".class, ...)");
                continue;
            }
            hierarchies
                    .computeIfAbsent(inheritance.rootName(), name -> new ArrayList<>())
                    .add(meta);
        }
        for (List<ModelMeta<?>> members : hierarchies.values()) {
            problems.addAll(InheritanceRules.checkHierarchy(members.stream()
                    .map(m -> new InheritanceRules.Member(m.spec(), m.inheritance()))
                    .toList()));
        }
        if (!problems.isEmpty()) {
            throw new MappingException(String.join("\n", problems));
        }
        for (List<ModelMeta<?>> members : hierarchies.values()) {
            for (ModelMeta<?> member : members) {
                boolean readsRows = members.stream()
                        .anyMatch(other -> !other.inheritance().abstractType()
                                && member.type().isAssignableFrom(other.type()));
                if (!readsRows && member.inheritance().subclass()) {
                    problems.add(
                            member.name() + " is abstract and none of its subclasses is a model of this Toasty,"
                                    + " so it has no rows: add a concrete subclass with Toasty.builder(dataSource).models(...)");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new MappingException(String.join("\n", problems));
        }
        List<ModelMeta<?>> composed = new ArrayList<>();
        for (ModelMeta<?> meta : metas) {
            InheritanceSpec inheritance = meta.inheritance();
            List<ModelMeta<?>> members = inheritance == null ? null : hierarchies.get(inheritance.rootName());
            composed.add(members == null ? meta : member(meta, members));
        }
        return composed;
    }

    /** {@code meta} reading its own rows and those of its subclasses among {@code members}. */
    private static <T> ModelMeta<T> member(ModelMeta<T> meta, List<ModelMeta<?>> members) {
        List<ModelMeta<?>> readable = new ArrayList<>();
        readable.add(meta);
        for (ModelMeta<?> other : members) {
            if (other != meta && meta.type().isAssignableFrom(other.type())) {
                readable.add(other);
            }
        }
        // the base's columns keep their nullability; those of subclasses are nullable, and checked before writes
        List<String> baseFields = members.stream()
                .filter(m -> m.inheritance().root())
                .flatMap(m -> m.fields().stream())
                .map(FieldMeta::name)
                .toList();
        Map<String, FieldMeta> union = new LinkedHashMap<>();
        Map<String, Class<?>> declaring = new HashMap<>();
        for (ModelMeta<?> model : readable) {
            for (FieldMeta field : model.fields()) {
                if (union.containsKey(field.name())) {
                    continue;
                }
                if (model != meta) {
                    declaring.put(field.name(), model.declaringType(field));
                }
                union.put(field.name(), at(field, union.size(), !baseFields.contains(field.name())));
            }
        }
        InheritanceSpec inheritance = meta.inheritance();
        String column = inheritance.column();
        FieldMeta discriminator = new FieldMeta(
                meta.name(),
                DISCRIMINATOR_PREFIX + column,
                column,
                ValueKind.STRING,
                String.class,
                String.class,
                false,
                false,
                false,
                false,
                false,
                false,
                false,
                0,
                0,
                0,
                null,
                ValueKind.STRING,
                union.size());
        List<FieldMeta> fields = new ArrayList<>(union.values());
        fields.add(discriminator);
        List<IndexMeta> indexes = new ArrayList<>();
        List<String> indexNames = new ArrayList<>();
        for (ModelMeta<?> model : readable) {
            for (IndexMeta index : model.indexes()) {
                if (!indexNames.contains(index.name())) {
                    indexNames.add(index.name());
                    indexes.add(new IndexMeta(
                            index.name(),
                            index.fields().stream()
                                    .map(f -> union.get(f.name()))
                                    .toList(),
                            index.unique()));
                }
            }
        }
        if (inheritance.root()) {
            // subclass queries filter on the discriminator
            indexes.add(new IndexMeta(
                    IndexMeta.constraintName("ix", meta.table(), List.of(column)), List.of(discriminator), false));
        }
        UnionAccessor<T> accessor = new UnionAccessor<>(meta, readable, fields, discriminator);
        Hierarchy hierarchy = new Hierarchy(
                discriminator,
                readable.stream()
                        .filter(m -> !m.inheritance().abstractType())
                        .map(m -> m.inheritance().value())
                        .toList(),
                inheritance.root(),
                declaring,
                accessor);
        return meta.inHierarchy(fields, indexes, accessor, hierarchy);
    }

    /**
     * {@code field} at {@code index} of a union; a field of a subclass is nullable there (and never primitive),
     * since the rows of the other models leave its column NULL.
     */
    private static FieldMeta at(FieldMeta field, int index, boolean ofSubclass) {
        return new FieldMeta(
                field.model(),
                field.name(),
                field.column(),
                field.kind(),
                field.type(),
                field.genericType(),
                field.primitive() && !ofSubclass,
                field.nullable() || ofSubclass,
                field.key(),
                field.auto(),
                field.version(),
                field.unique(),
                field.index(),
                field.length(),
                field.precision(),
                field.scale(),
                field.converter(),
                field.storedKind(),
                index);
    }
}
