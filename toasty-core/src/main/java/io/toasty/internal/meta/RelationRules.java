package io.toasty.internal.meta;

import io.toasty.internal.meta.ModelRules.Problem;
import io.toasty.internal.meta.RelationSpec.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The rules relation fields and {@code @SoftDelete} follow, shared like {@link ModelRules} by the annotation
 * processor (compile errors) and the reflective startup path (one {@link io.toasty.MappingException}).
 */
public final class RelationRules {
    private static final Set<String> SOFT_DELETE_TYPES =
            Set.of("java.time.Instant", "java.time.OffsetDateTime", "java.time.LocalDateTime");

    private RelationRules() {}

    /** The problems of {@code model}'s relations and soft delete that need no other model. */
    public static List<Problem> check(ModelSpec model) {
        List<Problem> problems = new ArrayList<>();
        String type = model.simpleName();
        if (model.record() && !model.relations().isEmpty()) {
            problems.add(new Problem(
                    model.relations().get(0).name(),
                    type + " is a record and cannot hold relation fields, which Toasty sets when it loads them:"
                            + " make " + type + " a class"));
            return problems;
        }
        for (RelationSpec relation : model.relations()) {
            String where = type + "." + relation.name();
            String simple = simpleName(relation.kind().typeName());
            if (!relation.annotated()) {
                problems.add(new Problem(
                        relation.name(),
                        where + " is a " + simple + " without @Relation: say what it maps, e.g. "
                                + (relation.kind() == Kind.BELONGS_TO
                                        ? "@Relation(key = \"authorId\")"
                                        : "@Relation(mappedBy = \"author\")")));
                continue;
            }
            if (relation.targetTypeName() == null) {
                problems.add(new Problem(
                        relation.name(),
                        where + " is a raw " + simple + ": name the related model, as in " + simple + "<Post>"));
            }
            if (relation.access() == FieldSpec.Access.NONE) {
                problems.add(new Problem(
                        relation.name(),
                        where + " is private and has no getter and setter: make it non-private, or add get/set"
                                + " methods"));
            }
            if (relation.kind() == Kind.BELONGS_TO) {
                if (!relation.mappedBy().isEmpty()
                        || relation.isThrough()
                        || !relation.via().isEmpty()) {
                    problems.add(new Problem(
                            relation.name(),
                            where + " is a BelongsTo: it takes @Relation(key = ...) naming its foreign-key field(s),"
                                    + " not mappedBy, through or via"));
                }
                if (relation.key().isEmpty()) {
                    problems.add(new Problem(
                            relation.name(),
                            where + " is a BelongsTo without a foreign key: declare a plain field for it and name it,"
                                    + " as in @Relation(key = \"" + relation.name() + "Id\")"));
                }
                for (String key : relation.key()) {
                    if (model.field(key) == null) {
                        problems.add(new Problem(
                                relation.name(),
                                where + " names the foreign-key field '" + key + "', which is not a stored field of "
                                        + type + ": declare it (the relation only refers to it)"));
                    }
                }
                continue;
            }
            if (!relation.key().isEmpty() || !"NO_ACTION".equals(relation.onDelete())) {
                problems.add(new Problem(
                        relation.name(),
                        where + " is a " + simple + ": key and onDelete belong on the BelongsTo side of the relation"));
            }
            boolean mapped = !relation.mappedBy().isEmpty();
            if (mapped == relation.isThrough()) {
                problems.add(new Problem(
                        relation.name(),
                        where + " needs either @Relation(mappedBy = ...) naming the BelongsTo of the related model"
                                + " that points back, or @Relation(through = ..., via = ...) for a many-to-many"));
            } else if (relation.isThrough()) {
                if (relation.kind() == Kind.HAS_ONE) {
                    problems.add(
                            new Problem(relation.name(), where + " is a HasOne through a join model: use HasMany"));
                }
                if (relation.via().isEmpty()) {
                    problems.add(new Problem(
                            relation.name(),
                            where + " goes through '" + relation.through() + "' but has no via: name the join model's"
                                    + " BelongsTo to " + simpleName(relation.targetTypeName())));
                }
            } else if (!relation.via().isEmpty()) {
                problems.add(new Problem(relation.name(), where + " has via without through: add through"));
            }
        }
        problems.addAll(checkSoftDelete(model));
        return problems;
    }

    private static List<Problem> checkSoftDelete(ModelSpec model) {
        List<Problem> problems = new ArrayList<>();
        if (model.softDelete() == null) {
            return problems;
        }
        FieldSpec field = model.field(model.softDelete());
        if (field == null) {
            return problems;
        }
        String where = model.simpleName() + "." + field.name();
        if (!SOFT_DELETE_TYPES.contains(field.typeName())) {
            problems.add(new Problem(
                    field.name(),
                    where + " is @SoftDelete but has type " + field.typeName()
                            + ": use Instant, OffsetDateTime or LocalDateTime (the time of the delete)"));
        }
        if (field.primitive()
                || field.annotations().key()
                || field.annotations().notNull()) {
            problems.add(new Problem(
                    field.name(), where + " is @SoftDelete and must be nullable: null means the row is not deleted"));
        }
        return problems;
    }

    /**
     * The problems of {@code model}'s relations that need the related models: an unknown mappedBy, through or via,
     * a related type that is not a model, foreign keys that do not match the target's key.
     *
     * @param models the model of a binary name, or null when that type is not a model
     */
    public static List<Problem> checkTargets(ModelSpec model, Function<String, ModelSpec> models) {
        List<Problem> problems = new ArrayList<>();
        if (model.record()) {
            return problems;
        }
        for (RelationSpec relation : model.relations()) {
            if (!relation.annotated() || relation.targetTypeName() == null) {
                continue;
            }
            String where = model.simpleName() + "." + relation.name();
            ModelSpec target = models.apply(relation.targetTypeName());
            if (target == null) {
                problems.add(new Problem(
                        relation.name(),
                        where + " relates to " + relation.targetTypeName() + ", which is not a model: annotate it"
                                + " @Model (and, at run time, register it with the other models)"));
                continue;
            }
            switch (relation.kind()) {
                case BELONGS_TO -> belongsTo(model, relation, target, where, problems);
                case HAS_MANY, HAS_ONE -> {
                    if (relation.isThrough()) {
                        through(model, relation, models, where, problems);
                    } else {
                        mappedBy(model, relation, target, where, problems);
                    }
                }
            }
        }
        return problems;
    }

    private static void belongsTo(
            ModelSpec model, RelationSpec relation, ModelSpec target, String where, List<Problem> problems) {
        List<FieldSpec> keys =
                target.fields().stream().filter(f -> f.annotations().key()).toList();
        if (keys.size() != relation.key().size()) {
            problems.add(new Problem(
                    relation.name(),
                    where + " has " + relation.key().size() + " foreign-key field(s) " + relation.key() + ", but "
                            + target.simpleName() + " has a key of " + keys.size() + " field(s) "
                            + keys.stream().map(FieldSpec::name).toList()
                            + ": name one field per key field, in order"));
            return;
        }
        for (int i = 0; i < keys.size(); i++) {
            FieldSpec foreign = model.field(relation.key().get(i));
            if (foreign == null) {
                continue;
            }
            FieldSpec key = keys.get(i);
            if (foreign.kind() != key.kind()) {
                problems.add(new Problem(
                        relation.name(),
                        where + ": the foreign-key field " + model.simpleName() + "." + foreign.name() + " has type "
                                + foreign.typeName() + ", but it refers to " + target.simpleName() + "." + key.name()
                                + " of type " + key.typeName() + ": give them the same type"));
            }
            boolean nullable = !foreign.primitive()
                    && !foreign.annotations().key()
                    && !foreign.annotations().notNull();
            if ("SET_NULL".equals(relation.onDelete()) && !nullable) {
                problems.add(new Problem(
                        relation.name(),
                        where + " is onDelete = SET_NULL, but its foreign-key field " + model.simpleName() + "."
                                + foreign.name() + " is not nullable: make it nullable or choose another onDelete"));
            }
        }
    }

    private static void mappedBy(
            ModelSpec model, RelationSpec relation, ModelSpec target, String where, List<Problem> problems) {
        RelationSpec inverse = target.relation(relation.mappedBy());
        if (inverse == null || inverse.kind() != Kind.BELONGS_TO) {
            List<String> known = target.relations().stream()
                    .filter(r -> r.kind() == Kind.BELONGS_TO)
                    .map(RelationSpec::name)
                    .toList();
            problems.add(new Problem(
                    relation.name(),
                    where + " is mappedBy \"" + relation.mappedBy() + "\", but " + target.simpleName()
                            + " has no BelongsTo relation of that name: its BelongsTo relations are " + known));
        } else if (!model.typeName().equals(inverse.targetTypeName())) {
            problems.add(new Problem(
                    relation.name(),
                    where + " is mappedBy \"" + relation.mappedBy() + "\", but " + target.simpleName() + "."
                            + inverse.name() + " refers to " + simpleName(inverse.targetTypeName()) + ", not "
                            + model.simpleName()));
        }
    }

    private static void through(
            ModelSpec model,
            RelationSpec relation,
            Function<String, ModelSpec> models,
            String where,
            List<Problem> problems) {
        RelationSpec first = model.relation(relation.through());
        if (first == null || first.kind() != Kind.HAS_MANY || first.isThrough()) {
            problems.add(new Problem(
                    relation.name(),
                    where + " goes through \"" + relation.through() + "\", but " + model.simpleName()
                            + " has no HasMany relation of that name to a join model (one with mappedBy)"));
            return;
        }
        ModelSpec join = first.targetTypeName() == null ? null : models.apply(first.targetTypeName());
        if (join == null) {
            return;
        }
        RelationSpec second = join.relation(relation.via());
        if (second == null || second.kind() != Kind.BELONGS_TO) {
            problems.add(new Problem(
                    relation.name(),
                    where + " goes via \"" + relation.via() + "\", but the join model " + join.simpleName()
                            + " has no BelongsTo relation of that name"));
        } else if (!relation.targetTypeName().equals(second.targetTypeName())) {
            problems.add(new Problem(
                    relation.name(),
                    where + " is a relation to " + simpleName(relation.targetTypeName()) + ", but "
                            + join.simpleName() + "." + second.name() + " refers to "
                            + simpleName(second.targetTypeName())));
        }
    }

    static String simpleName(String typeName) {
        if (typeName == null) {
            return "?";
        }
        int cut = Math.max(typeName.lastIndexOf('.'), typeName.lastIndexOf('$'));
        return typeName.substring(cut + 1);
    }
}
