/**
 * The typed query language: the attributes of the generated metamodel ({@code User_.age}), the expressions and
 * conditions built from them, orderings and assignments. All of it is immutable and thread-safe; a condition can
 * be kept in a constant and reused.
 *
 * <p>The nodes ({@link io.toasty.query.Comparison}, {@link io.toasty.query.Junction}, ...) form a sealed tree that
 * the dialects render; applications build them through the methods of the attributes rather than by hand.
 */
package io.toasty.query;
