package io.toasty.internal.meta;

import io.toasty.internal.meta.ModelRules.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules for fields of an {@code @Embeddable} type, and how such a field is flattened into columns: component
 * {@code city} of field {@code address} is the field {@code address.city} in column {@code address_city}, where the
 * prefix is the field's column name ({@code @Column(name)} overrides it), nested embeddables prefixing again.
 */
public final class EmbeddedRules {
    private EmbeddedRules() {}

    /**
     * One stored component of an embedded field, at any depth.
     *
     * @param path the field's name as queries and messages name it: {@code address.geo.lat}
     * @param column its column: {@code address_geo_lat}
     * @param spec the component as declared in its embeddable
     * @param optional whether it sits in an embedded value that may be null, so its column must accept null
     */
    public record Leaf(String path, String column, FieldSpec spec, boolean optional) {}

    /** The leaves of {@code field}: itself for a field stored in one column. */
    public static List<Leaf> leaves(FieldSpec field) {
        List<Leaf> leaves = new ArrayList<>();
        collect(field, field.name(), ModelRules.column(field), false, leaves);
        return leaves;
    }

    private static void collect(FieldSpec field, String path, String column, boolean optional, List<Leaf> out) {
        if (field.embedded() == null) {
            out.add(new Leaf(path, column, field, optional));
            return;
        }
        boolean nested = optional || !field.annotations().notNull();
        for (FieldSpec component : field.embedded().fields()) {
            collect(component, path + "." + component.name(), column + "_" + ModelRules.column(component), nested, out);
        }
    }

    /** The problems of embedded {@code field} of model {@code type}, and of its components at any depth. */
    static List<Problem> check(String type, FieldSpec field) {
        List<Problem> problems = new ArrayList<>();
        String where = type + "." + field.name();
        FieldAnnotations ann = field.annotations();
        if (ann.key()
                || ann.auto()
                || ann.version()
                || ann.json()
                || ann.converter() != null
                || ann.unique()
                || ann.index()) {
            problems.add(new Problem(
                    field.name(),
                    where + " is an embedded " + field.embedded().simpleName()
                            + ": @Key, @Auto, @Version, @Json, @Convert, @Unique and @Index do not apply to it"
                            + " (annotate the components of " + field.embedded().simpleName() + " instead)"));
        }
        checkEmbeddable(field.name(), where, field.embedded(), problems);
        return problems;
    }

    private static void checkEmbeddable(String field, String where, EmbeddedSpec embeddable, List<Problem> problems) {
        for (String problem : embeddable.problems()) {
            problems.add(new Problem(field, where + " has type " + embeddable.simpleName() + ", which " + problem));
        }
        if (embeddable.fields().isEmpty() && embeddable.problems().isEmpty()) {
            problems.add(new Problem(
                    field, where + " has type " + embeddable.simpleName() + ", which has no stored components"));
        }
        for (FieldSpec component : embeddable.fields()) {
            String at = where + "." + component.name() + " (" + embeddable.simpleName() + "." + component.name() + ")";
            FieldAnnotations ann = component.annotations();
            if (component.embedded() != null) {
                checkEmbeddable(field, at, component.embedded(), problems);
                continue;
            }
            if (component.kind() == null) {
                problems.add(new Problem(
                        field,
                        at + " has type " + component.typeName() + ", which Toasty cannot store: use a supported"
                                + " type, @Json, @Convert, or a record annotated @Embeddable"));
            }
            if (ann.key() || ann.auto() || ann.version()) {
                problems.add(new Problem(
                        field, at + " is @Key, @Auto or @Version, which embedded components cannot be: remove it"));
            }
            if (ann.json() && ann.converter() != null) {
                problems.add(new Problem(field, at + " is both @Json and @Convert: keep one"));
            }
        }
    }
}
