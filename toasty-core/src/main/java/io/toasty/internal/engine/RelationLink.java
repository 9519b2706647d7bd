package io.toasty.internal.engine;

import io.toasty.MappingException;
import io.toasty.internal.meta.FieldMeta;
import io.toasty.internal.meta.ModelMeta;
import io.toasty.internal.meta.ModelRules;
import io.toasty.internal.meta.ModelSpec;
import io.toasty.internal.meta.RelationRules;
import io.toasty.internal.meta.RelationSpec;
import io.toasty.internal.meta.RelationSpec.Kind;
import io.toasty.relation.BelongsTo;
import io.toasty.relation.HasMany;
import io.toasty.relation.HasOne;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A relation resolved between two models of one engine: which columns join them, and the marker an object read
 * without it holds.
 */
final class RelationLink {
    final Model<?> owner;
    final RelationSpec spec;
    /** The relation's position in the owner's accessor. */
    final int index;

    final Model<?> target;
    /** The value of the field of an object read without this relation: reading it names the include. */
    final Object unloaded;
    /** For belongs-to: the owner's foreign-key fields, and the target's key fields they refer to, in order. */
    FieldMeta[] foreign;

    FieldMeta[] referenced;
    /** For has-many and has-one: the target's belongs-to that points back. */
    RelationLink inverse;
    /** For a many-to-many: the owner's has-many to the join model, and the join model's belongs-to to the target. */
    RelationLink first;

    RelationLink second;
    /** The SQL of a preload with no filter and no order, rendered once. */
    volatile String plainPreload;

    private RelationLink(Model<?> owner, RelationSpec spec, int index, Model<?> target) {
        this.owner = owner;
        this.spec = spec;
        this.index = index;
        this.target = target;
        String model = owner.name();
        this.unloaded = switch (spec.kind()) {
            case BELONGS_TO -> BelongsTo.notLoaded(model, spec.name());
            case HAS_MANY -> HasMany.notLoaded(model, spec.name());
            case HAS_ONE -> HasOne.notLoaded(model, spec.name());
        };
    }

    String name() {
        return spec.name();
    }

    Kind kind() {
        return spec.kind();
    }

    boolean isThrough() {
        return spec.isThrough();
    }

    @Override
    public String toString() {
        return owner.name() + "." + spec.name();
    }

    /**
     * Checks the relations of every model against the others and links them.
     *
     * @throws MappingException listing every problem
     */
    static void wire(Map<Class<?>, Model<?>> models) {
        Map<String, ModelSpec> specs = new HashMap<>();
        for (Model<?> model : models.values()) {
            if (model.meta.spec() != null) {
                specs.put(model.meta.spec().typeName(), model.meta.spec());
            }
        }
        List<String> problems = new ArrayList<>();
        for (Model<?> model : models.values()) {
            ModelSpec spec = model.meta.spec();
            if (spec != null) {
                for (ModelRules.Problem problem : RelationRules.checkTargets(spec, specs::get)) {
                    problems.add(problem.message());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new MappingException(
                    "Cannot map the relations of these models:\n  - " + String.join("\n  - ", problems));
        }
        Map<String, Model<?>> byName = new HashMap<>();
        models.values().forEach(m -> byName.put(m.meta.type().getName(), m));
        for (Model<?> model : models.values()) {
            ModelMeta<?> meta = model.meta;
            List<String> accessorNames = List.of(meta.accessor().relationNames());
            Map<String, RelationLink> links = new LinkedHashMap<>();
            RelationLink[] byIndex = new RelationLink[accessorNames.size()];
            for (RelationSpec relation : meta.relations()) {
                int index = accessorNames.indexOf(relation.name());
                RelationLink link = new RelationLink(model, relation, index, byName.get(relation.targetTypeName()));
                if (relation.kind() == Kind.BELONGS_TO) {
                    link.foreign = relation.key().stream().map(meta::field).toArray(FieldMeta[]::new);
                    link.referenced = link.target.meta.keys().toArray(FieldMeta[]::new);
                }
                links.put(relation.name(), link);
                byIndex[index] = link;
            }
            model.relations(links, byIndex);
        }
        for (Model<?> model : models.values()) {
            for (RelationLink link : model.relations().values()) {
                if (link.isThrough()) {
                    link.first = model.relations().get(link.spec.through());
                    link.second = link.first.target.relations().get(link.spec.via());
                } else if (link.kind() != Kind.BELONGS_TO) {
                    link.inverse = link.target.relations().get(link.spec.mappedBy());
                }
            }
        }
    }

    /** The owner's relations, for messages. */
    static String names(Model<?> model) {
        return model.relations().keySet().stream().collect(Collectors.joining(", ", "[", "]"));
    }
}
