package io.toasty.internal.meta;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules a model must follow to be mapped. The annotation processor reports each problem as a compile error on
 * the field (or type) at fault; Toasty reports them all at startup in one {@link io.toasty.MappingException}.
 */
public final class ModelRules {
    private ModelRules() {}

    /**
     * One rule broken.
     *
     * @param field the field at fault, or null for the type
     * @param message what is wrong and how to fix it, naming the model and the field
     */
    public record Problem(String field, String message) {}

    private static final Set<String> AUTO_TYPES =
            Set.of("int", "long", "java.lang.Integer", "java.lang.Long", "java.util.UUID");
    private static final Set<String> VERSION_TYPES = Set.of("int", "long", "java.lang.Integer", "java.lang.Long");

    /** Every problem of {@code model}, in declaration order; empty when it can be mapped. */
    public static List<Problem> check(ModelSpec model) {
        List<Problem> problems = new ArrayList<>();
        String type = model.simpleName();
        for (String problem : model.problemsOfType()) {
            problems.add(new Problem(null, type + " " + problem));
        }
        if (model.fields().isEmpty()) {
            problems.add(new Problem(null, type + " has no stored fields: a model needs at least a @Key field"));
            return problems;
        }
        boolean hasKey = false;
        int versions = 0;
        Map<String, String> columns = new HashMap<>();
        for (FieldSpec field : model.fields()) {
            String where = type + "." + field.name();
            FieldAnnotations ann = field.annotations();
            ValueKind kind = field.kind();
            hasKey |= ann.key();
            if (field.embedded() != null) {
                problems.addAll(EmbeddedRules.check(type, field));
                for (EmbeddedRules.Leaf leaf : EmbeddedRules.leaves(field)) {
                    String previous = columns.putIfAbsent(leaf.column(), leaf.path());
                    if (previous != null) {
                        problems.add(new Problem(
                                field.name(),
                                type + "." + leaf.path() + " is stored in column " + leaf.column() + ", as is " + type
                                        + "." + previous + ": rename one with @Column(name = ...)"));
                    }
                }
                continue;
            }
            if (kind == null) {
                problems.add(new Problem(
                        field.name(),
                        where + " has type " + field.typeName()
                                + ", which Toasty cannot store: use a supported type (String, primitives and their"
                                + " boxes, BigDecimal, BigInteger, UUID, java.time types, byte[], enums), annotate"
                                + " it @Json to store it as JSON, @Convert(YourCodec.class) to convert it, or"
                                + " @Transient to leave it out"));
            }
            if (ann.json() && ann.converter() != null) {
                problems.add(new Problem(field.name(), where + " is both @Json and @Convert: keep one"));
            }
            if (ann.enumOrdinal() && !field.enumType()) {
                problems.add(new Problem(field.name(), where + " is @EnumOrdinal but is not an enum: remove it"));
            }
            if (ann.auto()) {
                if (!ann.key()) {
                    problems.add(
                            new Problem(field.name(), where + " is @Auto but not @Key: only key fields are generated"));
                }
                if (!AUTO_TYPES.contains(field.typeName())) {
                    problems.add(new Problem(
                            field.name(),
                            where + " is @Auto but has type " + field.typeName()
                                    + ": generated keys are int, long, Integer, Long (database identity) or UUID"));
                }
            }
            if (ann.key() && (kind == ValueKind.JSON || kind == ValueKind.BYTES || (kind != null && kind.isArray()))) {
                problems.add(new Problem(
                        field.name(), where + " is a @Key of kind " + kind + ": keys must be comparable scalars"));
            }
            if (ann.version()) {
                versions++;
                if (!VERSION_TYPES.contains(field.typeName())) {
                    problems.add(new Problem(
                            field.name(),
                            where + " is @Version but has type " + field.typeName()
                                    + ": use int, long, Integer or Long"));
                }
                if (ann.key()) {
                    problems.add(new Problem(
                            field.name(),
                            where + " is both @Key and @Version: a version cannot be" + " part of the key"));
                }
            }
            if (ann.length() < 0 || ann.precision() < 0 || ann.scale() < 0) {
                problems.add(new Problem(field.name(), where + " has a negative @Column length, precision or scale"));
            }
            if (ann.length() > 0 && kind != ValueKind.STRING) {
                problems.add(new Problem(field.name(), where + " has @Column(length) but is not a String"));
            }
            if ((ann.precision() > 0 || ann.scale() > 0)
                    && kind != ValueKind.BIG_DECIMAL
                    && kind != ValueKind.BIG_INTEGER) {
                problems.add(new Problem(
                        field.name(), where + " has @Column(precision/scale) but is not a BigDecimal or BigInteger"));
            }
            if (ann.scale() > 0 && ann.precision() == 0) {
                problems.add(new Problem(field.name(), where + " has @Column(scale) without precision: set both"));
            }
            if (ann.precision() > 0 && ann.scale() > ann.precision()) {
                problems.add(new Problem(field.name(), where + " has a @Column scale larger than its precision"));
            }
            if (ann.indexHasFields()) {
                problems.add(new Problem(
                        field.name(),
                        where + " has @Index(fields = ...): on a field the index covers that field; declare"
                                + " composite indexes in @Model(indexes = ...)"));
            }
            if (field.access() == FieldSpec.Access.NONE) {
                problems.add(new Problem(
                        field.name(),
                        where + " is private and has no getter and setter: make it non-private, add get/set"
                                + " methods, or mark it transient"));
            }
            String column = column(field);
            String previous = columns.putIfAbsent(column, field.name());
            if (previous != null) {
                problems.add(new Problem(
                        field.name(),
                        where + " is stored in column " + column + ", as is " + type + "." + previous
                                + ": rename one with @Column(name = ...)"));
            }
        }
        if (!hasKey) {
            problems.add(new Problem(
                    null,
                    type + " has no @Key field: annotate the field that identifies a row with @Key (several fields"
                            + " for a composite key)"));
        }
        if (versions > 1) {
            problems.add(new Problem(null, type + " has " + versions + " @Version fields: a model has at most one"));
        }
        problems.addAll(RelationRules.check(model));
        Set<String> names = new HashSet<>();
        model.fields().forEach(f -> EmbeddedRules.leaves(f).forEach(leaf -> names.add(leaf.path())));
        for (IndexSpec index : model.indexes()) {
            if (index.fields().isEmpty()) {
                problems.add(new Problem(null, type + " declares an index in @Model(indexes) with no fields"));
            }
            for (String name : index.fields()) {
                if (!names.contains(name)) {
                    problems.add(new Problem(
                            null,
                            type + " declares an index on field '" + name + "', which is not a stored field of " + type
                                    + " (use Java field names): known fields are " + names));
                }
            }
        }
        return problems;
    }

    /** The column of a field: declared, or its name in snake case. */
    public static String column(FieldSpec field) {
        String declared = field.annotations().column();
        return declared.isEmpty() ? Naming.snakeCase(field.name()) : declared;
    }
}
