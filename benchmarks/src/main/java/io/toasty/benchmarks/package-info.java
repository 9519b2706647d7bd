/**
 * JMH benchmarks of Toasty against raw JDBC and Hibernate ORM: the same operations, on the same PostgreSQL tables,
 * through the same Agroal pool. {@link io.toasty.benchmarks.Main} prepares the data, checks that every system
 * computes the same results and counts their statements and round trips, runs JMH and the interleaved runs, and prints
 * the tables of ratios to JDBC, of the CDI + JTA path, and of what goes over the wire.
 */
package io.toasty.benchmarks;
