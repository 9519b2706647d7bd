/**
 * The application bean of the CDI + JTA system: a {@code @Transactional} service with an injected repository, as an
 * application on Weld, Narayana and Agroal writes it.
 */
package io.toasty.benchmarks.cdi;
