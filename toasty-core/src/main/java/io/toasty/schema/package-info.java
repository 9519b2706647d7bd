/**
 * An immutable description of a database schema: the tables, columns, keys, indexes, unique constraints and foreign
 * keys that a {@link io.toasty.Toasty}'s models want ({@link io.toasty.Schema#definition()}), or that a live database
 * has ({@link io.toasty.Schema#read()}). Both are written in the same terms for the same database, so that tools such
 * as migration generators can compare them.
 */
package io.toasty.schema;
