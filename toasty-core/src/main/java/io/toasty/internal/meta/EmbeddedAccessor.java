package io.toasty.internal.meta;

import io.toasty.MappingException;
import io.toasty.ToastyException;
import io.toasty.spi.ModelAccessor;
import java.lang.reflect.AnnotatedElement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The accessor of a model with embedded fields, as the engine sees it: one field per stored component
 * ({@code address.city}), read through the model's own accessor and the accessor of each embeddable (generated
 * beside the {@code @Embeddable} record by the annotation processor, else reflective). An embedded value whose
 * components are all null is created as null.
 */
final class EmbeddedAccessor<T> implements ModelAccessor<T> {
    /** The accessor and the stored fields of a flattened model. */
    record Flat<T>(ModelAccessor<T> accessor, List<FlatField> fields) {}

    /** A flattened field and the Java field or record component it was declared by. */
    record FlatField(EmbeddedRules.Leaf leaf, AnnotatedElement element) {}

    /** A field of the model or a component of an embeddable: a leaf (one flat index) or an embedded group. */
    private record Part(String path, int flatIndex, boolean primitive, ModelAccessor<Object> accessor, Part[] parts) {}

    private final ModelAccessor<T> owner;
    private final String[] names;
    private final Part[] roots;
    /** For each flat index: the index at each level, starting with the owner's accessor. */
    private final int[][] steps;
    /** For each flat index: the accessor of each embeddable level below the owner. */
    private final List<List<ModelAccessor<Object>>> stepAccessors;

    private EmbeddedAccessor(
            ModelAccessor<T> owner,
            String[] names,
            Part[] roots,
            int[][] steps,
            List<List<ModelAccessor<Object>>> stepAccessors) {
        this.owner = owner;
        this.names = names;
        this.roots = roots;
        this.steps = steps;
        this.stepAccessors = stepAccessors;
    }

    static <T> Flat<T> flatten(
            Class<T> type, ModelSpec spec, ModelAccessor<T> owner, Map<String, AnnotatedElement> elements) {
        List<String> ownerFields = Arrays.asList(owner.fieldNames());
        List<FlatField> flat = new ArrayList<>();
        List<int[]> steps = new ArrayList<>();
        List<List<ModelAccessor<Object>>> stepAccessors = new ArrayList<>();
        Part[] roots = new Part[ownerFields.size()];
        for (FieldSpec field : spec.fields()) {
            int index = ownerFields.indexOf(field.name());
            roots[index] = part(
                    type,
                    field,
                    elements.get(field.name()),
                    new Trail(field.name(), ModelRules.column(field), false, new int[] {index}, List.of()),
                    flat,
                    steps,
                    stepAccessors);
        }
        String[] names = flat.stream().map(f -> f.leaf().path()).toArray(String[]::new);
        EmbeddedAccessor<T> accessor =
                new EmbeddedAccessor<>(owner, names, roots, steps.toArray(new int[0][]), List.copyOf(stepAccessors));
        return new Flat<>(accessor, flat);
    }

    private record Trail(
            String path, String column, boolean optional, int[] steps, List<ModelAccessor<Object>> accessors) {
        Trail down(String name, String componentColumn, boolean nowOptional, int index, ModelAccessor<Object> via) {
            int[] nextSteps = Arrays.copyOf(steps, steps.length + 1);
            nextSteps[steps.length] = index;
            List<ModelAccessor<Object>> nextAccessors = new ArrayList<>(accessors);
            nextAccessors.add(via);
            return new Trail(path + "." + name, column + "_" + componentColumn, nowOptional, nextSteps, nextAccessors);
        }
    }

    private static Part part(
            Class<?> model,
            FieldSpec field,
            AnnotatedElement element,
            Trail trail,
            List<FlatField> flat,
            List<int[]> steps,
            List<List<ModelAccessor<Object>>> stepAccessors) {
        if (field.embedded() == null) {
            int flatIndex = flat.size();
            flat.add(new FlatField(
                    new EmbeddedRules.Leaf(trail.path(), trail.column(), field, trail.optional()), element));
            steps.add(trail.steps());
            stepAccessors.add(trail.accessors());
            return new Part(trail.path(), flatIndex, field.primitive(), null, null);
        }
        Class<?> embeddable = embeddableClass(model, field.embedded());
        ModelAccessor<Object> accessor = accessor(embeddable, field.embedded());
        List<String> componentNames = Arrays.asList(accessor.fieldNames());
        Map<String, AnnotatedElement> componentElements = ModelReader.elements(embeddable);
        boolean optional = trail.optional() || !field.annotations().notNull();
        Part[] parts = new Part[componentNames.size()];
        for (FieldSpec component : field.embedded().fields()) {
            int index = componentNames.indexOf(component.name());
            if (index < 0) {
                throw new MappingException(embeddable.getName() + "." + component.name()
                        + " is missing from the generated "
                        + accessor.getClass().getName() + ": recompile "
                        + embeddable.getSimpleName());
            }
            parts[index] = part(
                    embeddable,
                    component,
                    componentElements.get(component.name()),
                    trail.down(component.name(), ModelRules.column(component), optional, index, accessor),
                    flat,
                    steps,
                    stepAccessors);
        }
        return new Part(trail.path(), -1, false, accessor, parts);
    }

    private static Class<?> embeddableClass(Class<?> model, EmbeddedSpec embedded) {
        try {
            return Class.forName(embedded.typeName(), false, model.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new MappingException("Cannot load the embeddable " + embedded.typeName() + ": " + e, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static ModelAccessor<Object> accessor(Class<?> type, EmbeddedSpec embedded) {
        ModelAccessor<?> generated = ModelReader.generatedEmbeddableAccessor(type);
        if (generated != null) {
            return (ModelAccessor<Object>) generated;
        }
        return (ModelAccessor<Object>) ReflectiveAccessor.of(type, embedded.asModelSpec());
    }

    @Override
    public Class<T> modelType() {
        return owner.modelType();
    }

    @Override
    public String[] fieldNames() {
        return names.clone();
    }

    @Override
    public Object get(T instance, int index) {
        int[] path = steps[index];
        Object value = owner.get(instance, path[0]);
        List<ModelAccessor<Object>> accessors = stepAccessors.get(index);
        for (int level = 1; level < path.length && value != null; level++) {
            value = accessors.get(level - 1).get(value, path[level]);
        }
        return value;
    }

    @Override
    public void set(T instance, int index, Object value) {
        if (steps[index].length != 1) {
            throw new UnsupportedOperationException(names[index] + " is embedded: it is set only with its record");
        }
        owner.set(instance, steps[index][0], value);
    }

    @Override
    public T create(Object[] values) {
        Object[] ownerValues = new Object[roots.length];
        for (int i = 0; i < roots.length; i++) {
            ownerValues[i] = build(roots[i], values);
        }
        return owner.create(ownerValues);
    }

    private Object build(Part part, Object[] values) {
        if (part.parts() == null) {
            return values[part.flatIndex()];
        }
        Object[] componentValues = new Object[part.parts().length];
        boolean allNull = true;
        for (int i = 0; i < componentValues.length; i++) {
            componentValues[i] = build(part.parts()[i], values);
            allNull &= componentValues[i] == null;
        }
        if (allNull) {
            return null;
        }
        for (int i = 0; i < componentValues.length; i++) {
            Part component = part.parts()[i];
            if (componentValues[i] == null && component.primitive()) {
                throw new ToastyException("Cannot read " + modelType().getSimpleName() + "." + component.path()
                        + ": its column holds NULL while other columns of " + part.path()
                        + " do not, and the component is a primitive; make it a boxed type");
            }
        }
        return part.accessor().create(componentValues);
    }

    @Override
    public String[] relationNames() {
        return owner.relationNames();
    }

    @Override
    public Object getRelation(T instance, int index) {
        return owner.getRelation(instance, index);
    }

    @Override
    public void setRelation(T instance, int index, Object value) {
        owner.setRelation(instance, index, value);
    }
}
