/**
 * The annotations that make a class or a record a Toasty model: {@link io.toasty.model.Model} on the type,
 * {@link io.toasty.model.Key} on its key, and a few more that shape the columns, constraints and indexes.
 *
 * <p>The annotation processor in {@code toasty-core} reads them at compile time and reports a model it cannot map
 * as a compile error; {@link io.toasty.Toasty} checks the same rules at startup.
 */
package io.toasty.model;
