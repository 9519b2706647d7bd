/**
 * The test harness that runs each database feature suite once on H2 and once on PostgreSQL: annotate a class with
 * {@link io.toasty.testing.DatabaseTest} and take a {@link io.toasty.testing.TestDatabase} as a constructor or method
 * parameter.
 */
package io.toasty.testing;
