package io.toasty.internal.engine;

import io.toasty.MappingException;
import io.toasty.internal.meta.FieldMeta;
import io.toasty.internal.meta.RelationSpec.Kind;
import io.toasty.query.Condition;
import io.toasty.query.Junction;
import io.toasty.query.RelationAttribute;
import io.toasty.query.RelationCondition;

/**
 * Renders conditions through relations as correlated {@code EXISTS} subqueries, so that a row matches once however
 * many related rows match. Each subquery names its table by an alias of its own, and the condition on the related
 * model is rendered unqualified inside it, where its columns are the nearest in scope.
 */
final class RelationRenderer {
    private RelationRenderer() {}

    static void exists(Model<?> model, Sql sql, Renderer outer, RelationCondition<?> condition) {
        RelationLink link = link(model, condition.relation());
        RelationCondition.Quantifier quantifier = condition.quantifier();
        sql.append(quantifier == RelationCondition.Quantifier.ANY ? "EXISTS (" : "NOT EXISTS (");
        int depth = outer.depth + 1;
        if (link.isThrough()) {
            // the join rows of the owner, each with a target row that matches
            RelationLink toJoin = link.first;
            String joinAlias = "t" + depth;
            sql.append("SELECT 1 FROM ").append(toJoin.target.table).append(' ').append(joinAlias);
            sql.append(" WHERE ");
            correlate(
                    sql,
                    joinAlias,
                    toJoin.target,
                    toJoin.inverse.foreign,
                    outer.qualifier,
                    model,
                    toJoin.inverse.referenced);
            softDelete(sql, joinAlias, toJoin.target);
            sql.append(" AND EXISTS (");
            RelationLink toTarget = link.second;
            inner(
                    sql,
                    toTarget.target,
                    toTarget.referenced,
                    joinAlias,
                    toJoin.target,
                    toTarget.foreign,
                    depth + 1,
                    quantifier,
                    condition.condition());
            sql.append("))");
            return;
        }
        if (link.kind() == Kind.BELONGS_TO) {
            inner(
                    sql,
                    link.target,
                    link.referenced,
                    outer.qualifier,
                    model,
                    link.foreign,
                    depth,
                    quantifier,
                    condition.condition());
        } else {
            inner(
                    sql,
                    link.target,
                    link.inverse.foreign,
                    outer.qualifier,
                    model,
                    link.inverse.referenced,
                    depth,
                    quantifier,
                    condition.condition());
        }
        sql.append(')');
    }

    /** {@code SELECT 1 FROM <target> tN WHERE tN.a = outer.b [AND not deleted] AND (condition)}. */
    private static void inner(
            Sql sql,
            Model<?> target,
            FieldMeta[] targetFields,
            String outerQualifier,
            Model<?> outerModel,
            FieldMeta[] outerFields,
            int depth,
            RelationCondition.Quantifier quantifier,
            Condition<?> condition) {
        String alias = "t" + depth;
        sql.append("SELECT 1 FROM ")
                .append(target.table)
                .append(' ')
                .append(alias)
                .append(" WHERE ");
        correlate(sql, alias, target, targetFields, outerQualifier, outerModel, outerFields);
        softDelete(sql, alias, target);
        if (!(condition instanceof Junction<?> junction && junction.parts().isEmpty())) {
            sql.append(" AND (");
            new Renderer(target, sql, alias, depth).condition(condition);
            sql.append(quantifier == RelationCondition.Quantifier.ALL ? ") IS NOT TRUE" : ")");
        } else if (quantifier == RelationCondition.Quantifier.ALL) {
            sql.append(" AND 1 = 0");
        }
    }

    private static void correlate(
            Sql sql,
            String alias,
            Model<?> model,
            FieldMeta[] fields,
            String outerQualifier,
            Model<?> outerModel,
            FieldMeta[] outerFields) {
        for (int i = 0; i < fields.length; i++) {
            sql.append(i > 0 ? " AND " : "")
                    .append(alias)
                    .append('.')
                    .append(model.column(fields[i]))
                    .append(" = ")
                    .append(outerQualifier)
                    .append('.')
                    .append(outerModel.column(outerFields[i]));
        }
    }

    private static void softDelete(Sql sql, String alias, Model<?> model) {
        if (model.softDeleteColumn != null) {
            sql.append(" AND ")
                    .append(alias)
                    .append('.')
                    .append(model.softDeleteColumn)
                    .append(" IS NULL");
        }
        if (model.typeRestriction != null) {
            sql.append(" AND ").append(model.typeCondition(alias));
        }
    }

    /** The relation of {@code model} that {@code relation} names, checked. */
    static RelationLink link(Model<?> model, RelationAttribute<?, ?> relation) {
        if (relation.model() != model.meta.type()) {
            throw new MappingException(relation + " is a relation of "
                    + relation.model().getSimpleName()
                    + " and cannot be used on " + model.name() + ": start from a relation of " + model.name() + " "
                    + RelationLink.names(model));
        }
        RelationLink link = model.relations().get(relation.name());
        if (link == null) {
            throw new MappingException(relation + " is not a relation of " + model.name() + " (only fields of type"
                    + " BelongsTo, HasMany or HasOne with @Relation are): its relations are "
                    + RelationLink.names(model));
        }
        return link;
    }
}
