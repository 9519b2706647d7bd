/**
 * JMH benchmarks of Toasty against raw JDBC and Hibernate ORM: the same operations, on the same PostgreSQL tables,
 * through the same Agroal pool. {@link io.toasty.benchmarks.Main} prepares the data, checks that every system
 * computes the same results and counts their statements, runs JMH, and prints one table of ratios to JDBC.
 */
package io.toasty.benchmarks;
