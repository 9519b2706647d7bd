package io.toasty.internal.meta;

import io.toasty.InvalidValueException;
import io.toasty.ToastyException;
import io.toasty.relation.BelongsTo;
import io.toasty.relation.HasMany;
import io.toasty.relation.HasOne;
import io.toasty.spi.ModelAccessor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The accessor of a hierarchy model: its fields are those of the model and of its subclasses, then the
 * discriminator; it reads and writes each instance through the accessor of the instance's own class, and creates
 * the class whose discriminator value a row holds.
 */
final class UnionAccessor<T> implements ModelAccessor<T> {
    /** One class the accessor reads and writes. */
    private record Concrete(
            ModelMeta<?> meta,
            String value,
            int[] fieldIndex,
            int[] relationIndex,
            FieldMeta[] unionFields,
            List<FieldMeta> required,
            Map<Integer, Object> ownRelations) {}

    private final Class<T> type;
    private final String table;
    private final String column;
    private final String[] fieldNames;
    private final String[] relationNames;
    private final int discriminatorIndex;
    private final Map<Class<?>, Concrete> byClass = new HashMap<>();
    private final Map<String, Concrete> byValue = new LinkedHashMap<>();

    UnionAccessor(ModelMeta<T> meta, List<ModelMeta<?>> readable, List<FieldMeta> fields, FieldMeta discriminator) {
        this.type = meta.type();
        this.table = meta.table();
        this.column = discriminator.column();
        this.fieldNames = fields.stream().map(FieldMeta::name).toArray(String[]::new);
        this.relationNames = meta.accessor().relationNames();
        this.discriminatorIndex = discriminator.accessorIndex();
        for (ModelMeta<?> model : readable) {
            int[] fieldIndex = new int[fieldNames.length];
            FieldMeta[] unionFields = new FieldMeta[model.accessor().fieldNames().length];
            java.util.Arrays.fill(fieldIndex, -1);
            List<FieldMeta> required = new ArrayList<>();
            for (FieldMeta field : model.fields()) {
                FieldMeta inUnion = fields.stream()
                        .filter(f -> f.name().equals(field.name()))
                        .findFirst()
                        .orElseThrow();
                fieldIndex[inUnion.accessorIndex()] = field.accessorIndex();
                unionFields[field.accessorIndex()] = field;
                if (!field.nullable() && inUnion.nullable()) {
                    required.add(field);
                }
            }
            List<String> names = List.of(model.accessor().relationNames());
            int[] relationIndex = new int[relationNames.length];
            for (int i = 0; i < relationNames.length; i++) {
                relationIndex[i] = names.indexOf(relationNames[i]);
            }
            // the relations only the subclass declares, which a read through this model does not set otherwise
            Map<Integer, Object> ownRelations = new HashMap<>();
            for (RelationSpec relation : model.relations()) {
                if (!List.of(relationNames).contains(relation.name())) {
                    String owner = model.name();
                    ownRelations.put(
                            names.indexOf(relation.name()),
                            switch (relation.kind()) {
                                case BELONGS_TO -> BelongsTo.notLoaded(owner, relation.name());
                                case HAS_MANY -> HasMany.notLoaded(owner, relation.name());
                                case HAS_ONE -> HasOne.notLoaded(owner, relation.name());
                            });
                }
            }
            Concrete concrete = new Concrete(
                    model, model.inheritance().value(), fieldIndex, relationIndex, unionFields, required, ownRelations);
            if (!model.inheritance().abstractType()) {
                byClass.put(model.type(), concrete);
                byValue.put(concrete.value(), concrete);
            }
        }
    }

    private Concrete of(Object instance) {
        Concrete concrete = byClass.get(instance.getClass());
        if (concrete == null) {
            throw new InvalidValueException(instance.getClass().getName() + " is not a model of this Toasty, so"
                    + " it cannot be written as a " + type.getSimpleName() + ": annotate it with @Model and add"
                    + " it with Toasty.builder(dataSource).models("
                    + instance.getClass().getSimpleName()
                    + ".class, ...)");
        }
        return concrete;
    }

    void checkRequired(Object instance) {
        Concrete concrete = of(instance);
        for (FieldMeta field : concrete.required()) {
            if (accessorOf(concrete).get(instance, field.accessorIndex()) == null) {
                throw new InvalidValueException(field.qualifiedName() + " is null, but it is not nullable: set a"
                        + " value (its column is nullable in the table " + table + ", which other models of the"
                        + " hierarchy share, so Toasty checks it before the write)");
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static ModelAccessor<Object> accessorOf(Concrete concrete) {
        return (ModelAccessor<Object>) concrete.meta().accessor();
    }

    @Override
    public Class<T> modelType() {
        return type;
    }

    @Override
    public String[] fieldNames() {
        return fieldNames.clone();
    }

    @Override
    public Object get(T instance, int index) {
        Concrete concrete = of(instance);
        if (index == discriminatorIndex) {
            return concrete.value();
        }
        int own = concrete.fieldIndex()[index];
        return own < 0 ? null : accessorOf(concrete).get(instance, own);
    }

    @Override
    public void set(T instance, int index, Object value) {
        Concrete concrete = of(instance);
        int own = index == discriminatorIndex ? -1 : concrete.fieldIndex()[index];
        if (own >= 0) {
            accessorOf(concrete).set(instance, own, value);
        }
    }

    @Override
    public T create(Object[] values) {
        Object value = values[discriminatorIndex];
        Concrete concrete = byValue.get(value);
        if (concrete == null) {
            throw new ToastyException("Cannot read a " + type.getSimpleName() + " from table " + table
                    + ": its discriminator column " + column + " holds "
                    + (value == null ? "NULL" : "'" + value + "'") + ", which is not the value of "
                    + type.getSimpleName() + " or of one of its subclasses of this Toasty " + byValue.keySet()
                    + ": add the model of that value with @DiscriminatorValue, or correct the row");
        }
        Object[] own = new Object[concrete.unionFields().length];
        int[] fieldIndex = concrete.fieldIndex();
        for (int i = 0; i < fieldIndex.length; i++) {
            if (fieldIndex[i] >= 0) {
                Object field = values[i];
                FieldMeta meta = concrete.unionFields()[fieldIndex[i]];
                if (field == null && meta.primitive()) {
                    throw new ToastyException("Cannot read " + meta.qualifiedName() + ": column " + table + "."
                            + meta.column() + " holds NULL, but the field is a primitive; make it a "
                            + meta.type().getSimpleName() + " or give the column a value");
                }
                own[fieldIndex[i]] = field;
            }
        }
        Object instance = accessorOf(concrete).create(own);
        concrete.ownRelations()
                .forEach((index, unloaded) -> accessorOf(concrete).setRelation(instance, index, unloaded));
        return type.cast(instance);
    }

    @Override
    public String[] relationNames() {
        return relationNames.clone();
    }

    @Override
    public Object getRelation(T instance, int index) {
        Concrete concrete = of(instance);
        return accessorOf(concrete).getRelation(instance, concrete.relationIndex()[index]);
    }

    @Override
    public void setRelation(T instance, int index, Object value) {
        Concrete concrete = of(instance);
        accessorOf(concrete).setRelation(instance, concrete.relationIndex()[index], value);
    }
}
