/**
 * The Quarkus extension of Toasty: {@code @Inject Repository<Book>} in any bean, on the application's Agroal
 * datasources, in Narayana transactions, validated by Hibernate Validator. What an application sees of it is its
 * configuration under {@code quarkus.toasty}: {@link io.toasty.quarkus.ToastyBuildTimeConfig} and
 * {@link io.toasty.quarkus.ToastyRuntimeConfig}.
 */
package io.toasty.quarkus;
