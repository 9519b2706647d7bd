/**
 * The values of relation fields: {@link io.toasty.relation.BelongsTo}, {@link io.toasty.relation.HasMany} and
 * {@link io.toasty.relation.HasOne}. A relation is either loaded (by {@code include(...)} or
 * {@code Repository.load(...)}) or not; reading one that is not loaded throws
 * {@link io.toasty.relation.RelationNotLoadedException} and never runs a query.
 */
package io.toasty.relation;
