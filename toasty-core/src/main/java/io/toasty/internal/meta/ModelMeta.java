package io.toasty.internal.meta;

import io.toasty.spi.ModelAccessor;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A model resolved for one database: its table, fields, keys, constraints and accessor. Immutable and shared by
 * every thread.
 */
public final class ModelMeta<T> {
    private final Class<T> type;
    private final String table;
    private final boolean record;
    private final List<FieldMeta> fields;
    private final List<FieldMeta> keys;
    private final FieldMeta version;
    private final List<IndexMeta> indexes;
    private final ModelAccessor<T> accessor;
    private final boolean generatedAccessor;
    private final Map<String, FieldMeta> byName = new HashMap<>();
    private final ModelSpec spec;
    private final FieldMeta softDelete;

    public ModelMeta(
            Class<T> type,
            String table,
            boolean record,
            List<FieldMeta> fields,
            List<IndexMeta> indexes,
            ModelAccessor<T> accessor,
            boolean generatedAccessor) {
        this(type, table, record, fields, indexes, accessor, generatedAccessor, null);
    }

    /** A model with the spec it was read from, which says its relations and soft delete. */
    public ModelMeta(
            Class<T> type,
            String table,
            boolean record,
            List<FieldMeta> fields,
            List<IndexMeta> indexes,
            ModelAccessor<T> accessor,
            boolean generatedAccessor,
            ModelSpec spec) {
        this.spec = spec;
        this.type = type;
        this.table = table;
        this.record = record;
        this.fields = List.copyOf(fields);
        this.keys = this.fields.stream().filter(FieldMeta::key).toList();
        this.version =
                this.fields.stream().filter(FieldMeta::version).findFirst().orElse(null);
        this.indexes = List.copyOf(indexes);
        this.accessor = accessor;
        this.generatedAccessor = generatedAccessor;
        this.fields.forEach(f -> byName.put(f.name(), f));
        this.softDelete = spec == null || spec.softDelete() == null ? null : byName.get(spec.softDelete());
    }

    /** Where the type stands in a single-table hierarchy as declared, or null; see {@link #withInheritance}. */
    private InheritanceSpec inheritance;
    /** The model's place in a single-table hierarchy of the same Toasty, or null; see {@link Hierarchy}. */
    private Hierarchy hierarchy;

    /** This model with where its type stands in a single-table hierarchy, as its reader found it. */
    public ModelMeta<T> withInheritance(InheritanceSpec declared) {
        ModelMeta<T> copy = new ModelMeta<>(type, table, record, fields, indexes, accessor, generatedAccessor, spec);
        copy.inheritance = declared;
        copy.hierarchy = hierarchy;
        return copy;
    }

    /** This model as a member of a single-table hierarchy: the columns of the models it reads, and their accessor. */
    ModelMeta<T> inHierarchy(
            List<FieldMeta> union, List<IndexMeta> unionIndexes, ModelAccessor<T> unionAccessor, Hierarchy member) {
        ModelMeta<T> copy =
                new ModelMeta<>(type, table, record, union, unionIndexes, unionAccessor, generatedAccessor, spec);
        copy.inheritance = inheritance;
        copy.hierarchy = member;
        return copy;
    }

    /** Where the type stands in a single-table hierarchy as declared, or null for a model read without it. */
    public InheritanceSpec inheritance() {
        return inheritance;
    }

    /** The model's place in a single-table hierarchy, or empty for a model stored in a table of its own. */
    public Optional<Hierarchy> hierarchy() {
        return Optional.ofNullable(hierarchy);
    }

    /** The class that declares {@code field}: this model's type, or for a column of a subclass, that subclass. */
    public Class<?> declaringType(FieldMeta field) {
        return hierarchy == null ? type : hierarchy.declaringType(field.name(), type);
    }

    /** What the model declares, as read; null for a model built without one. */
    public ModelSpec spec() {
        return spec;
    }

    /** The relation fields. */
    public List<RelationSpec> relations() {
        return spec == null ? List.of() : spec.relations();
    }

    /** The {@code @SoftDelete} field, or empty. */
    public Optional<FieldMeta> softDelete() {
        return Optional.ofNullable(softDelete);
    }

    public Class<T> type() {
        return type;
    }

    public String name() {
        return type.getSimpleName();
    }

    public String table() {
        return table;
    }

    public boolean isRecord() {
        return record;
    }

    public List<FieldMeta> fields() {
        return fields;
    }

    public List<FieldMeta> keys() {
        return keys;
    }

    public Optional<FieldMeta> version() {
        return Optional.ofNullable(version);
    }

    public List<IndexMeta> indexes() {
        return indexes;
    }

    public ModelAccessor<T> accessor() {
        return accessor;
    }

    /** Whether the accessor was generated by the annotation processor (rather than reflective). */
    public boolean hasGeneratedAccessor() {
        return generatedAccessor;
    }

    /** The field named {@code name}, or null. */
    public FieldMeta field(String name) {
        return byName.get(name);
    }

    /** The primary key constraint's name. */
    public String primaryKeyName() {
        return IndexMeta.constraintName("pk", table, List.of());
    }

    /** The fields covered by the constraint or index with this name, or empty when it is not one of ours. */
    public List<String> fieldsOfConstraint(String constraint) {
        if (constraint.equalsIgnoreCase(primaryKeyName())) {
            return keys.stream().map(FieldMeta::name).toList();
        }
        for (IndexMeta index : indexes) {
            if (index.name().equalsIgnoreCase(constraint)) {
                return index.fields().stream().map(FieldMeta::name).toList();
            }
        }
        return List.of();
    }

    public Object get(T instance, FieldMeta field) {
        return accessor.get(instance, field.accessorIndex());
    }

    @Override
    public String toString() {
        return name();
    }
}
