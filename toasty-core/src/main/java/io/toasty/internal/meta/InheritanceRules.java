package io.toasty.internal.meta;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules of single-table inheritance: those of one model ({@link #check}) and those of a whole hierarchy
 * ({@link #checkHierarchy}). The annotation processor reports them as compile errors, the runtime at startup.
 */
public final class InheritanceRules {
    private InheritanceRules() {}

    /** A model of a hierarchy, as the hierarchy rules see it. */
    public record Member(ModelSpec spec, InheritanceSpec inheritance) {}

    /** Every problem of one model's place in its hierarchy; empty for a model outside any hierarchy. */
    public static List<ModelRules.Problem> check(ModelSpec spec, InheritanceSpec inheritance) {
        List<ModelRules.Problem> problems = new ArrayList<>();
        String type = inheritance.simpleName();
        String root = inheritance.rootSimpleName();
        if (spec.record() && inheritance.declaresInheritance()) {
            problems.add(new ModelRules.Problem(
                    null,
                    type + " is a record, which no class can extend: remove @Inheritance, or make " + type
                            + " a class"));
            return problems;
        }
        if (!inheritance.inHierarchy()) {
            if (inheritance.valueDeclared()) {
                problems.add(new ModelRules.Problem(
                        null,
                        type + " has @DiscriminatorValue but is not part of a single-table hierarchy: annotate its"
                                + " base model with @Inheritance, or remove @DiscriminatorValue"));
            }
            return problems;
        }
        if (inheritance.subclass()) {
            if (!inheritance.rootDeclaresInheritance()) {
                problems.add(new ModelRules.Problem(
                        null,
                        type + " extends the model " + root + ", which is not annotated @Inheritance: annotate "
                                + root + " with @Inheritance to store its subclasses in its table, or stop"
                                + " extending it"));
                return problems;
            }
            if (inheritance.declaresInheritance()) {
                problems.add(new ModelRules.Problem(
                        null,
                        type + " is annotated @Inheritance but extends the model " + root + ": only the base of a"
                                + " hierarchy declares it; remove it from " + type));
            }
            if (!inheritance.declaredTable().isEmpty()
                    && !inheritance.declaredTable().equals(inheritance.rootTable())) {
                problems.add(new ModelRules.Problem(
                        null,
                        type + " declares table " + inheritance.declaredTable() + ", but it extends " + root
                                + " and is stored in its table " + inheritance.rootTable()
                                + ": remove table from the @Model of " + type));
            }
            for (String name : inheritance.ownFields()) {
                FieldSpec field = spec.field(name);
                if (field == null) {
                    continue;
                }
                String where = type + "." + name;
                if (field.annotations().key()) {
                    problems.add(new ModelRules.Problem(
                            name,
                            where + " is a @Key, but " + type + " extends " + root + " and shares its key: declare"
                                    + " key fields on " + root + " only"));
                }
                if (field.annotations().version()) {
                    problems.add(new ModelRules.Problem(
                            name, where + " is @Version in a subclass: declare the version on " + root));
                }
                if (name.equals(spec.softDelete())) {
                    problems.add(new ModelRules.Problem(
                            name, where + " is @SoftDelete in a subclass: declare it on " + root));
                }
            }
        }
        if (inheritance.abstractType() && inheritance.valueDeclared()) {
            problems.add(new ModelRules.Problem(
                    null,
                    type + " is abstract, so no row is a " + type + ": remove its @DiscriminatorValue, which only"
                            + " concrete classes have"));
        }
        if (inheritance.value().isBlank()) {
            problems.add(new ModelRules.Problem(
                    null, type + " has an empty @DiscriminatorValue: give it a value, or remove it"));
        }
        if (inheritance.column().isBlank()) {
            problems.add(new ModelRules.Problem(
                    null, root + " has an empty @Inheritance(discriminator): name the column, or leave the default"));
        }
        for (FieldSpec field : spec.fields()) {
            if (field.embedded() == null && ModelRules.column(field).equalsIgnoreCase(inheritance.column())) {
                problems.add(new ModelRules.Problem(
                        field.name(),
                        type + "." + field.name() + " is stored in column " + ModelRules.column(field)
                                + ", which is the discriminator column of " + root + ": rename the field's column"
                                + " with @Column(name = ...) or the discriminator with @Inheritance(discriminator ="
                                + " ...)"));
            }
        }
        return problems;
    }

    /**
     * The problems of a hierarchy as a whole: two models with the same discriminator value, and two models that
     * store different types in the same column.
     */
    public static List<String> checkHierarchy(List<Member> members) {
        List<String> problems = new ArrayList<>();
        Map<String, String> byValue = new HashMap<>();
        Map<String, String[]> byColumn = new HashMap<>();
        Map<String, String[]> byField = new HashMap<>();
        for (Member member : members) {
            InheritanceSpec inheritance = member.inheritance();
            String other = inheritance.abstractType()
                    ? null
                    : byValue.putIfAbsent(inheritance.value(), inheritance.simpleName());
            if (other != null && !other.equals(inheritance.simpleName())) {
                problems.add(inheritance.simpleName() + " and " + other + " both have the discriminator value '"
                        + inheritance.value() + "' in the hierarchy of " + inheritance.rootSimpleName()
                        + ": give one another @DiscriminatorValue");
            }
            for (FieldSpec field : member.spec().fields()) {
                for (EmbeddedRules.Leaf leaf : EmbeddedRules.leaves(field)) {
                    String column = leaf.column().toLowerCase(java.util.Locale.ROOT);
                    String typeName = leaf.spec().typeName();
                    String where = inheritance.simpleName() + "." + leaf.path();
                    String[] sameName = byField.putIfAbsent(leaf.path(), new String[] {leaf.column(), where});
                    if (sameName != null && !sameName[0].equalsIgnoreCase(leaf.column())) {
                        problems.add(where + " is stored in column " + leaf.column() + ", but " + sameName[1]
                                + " in column " + sameName[0] + ": fields of one name share one column in a"
                                + " hierarchy, so rename one field or give both the same @Column(name = ...)");
                        sameName[0] = leaf.column();
                    }
                    String[] previous = byColumn.putIfAbsent(column, new String[] {typeName, where});
                    if (previous != null && !previous[0].equals(typeName)) {
                        problems.add(where + " is stored in column " + leaf.column() + " as " + typeName + ", but "
                                + previous[1] + " stores " + previous[0] + " there: models of one hierarchy share"
                                + " their table, so rename one column with @Column(name = ...)");
                        previous[0] = typeName;
                    }
                }
            }
        }
        return problems;
    }
}
