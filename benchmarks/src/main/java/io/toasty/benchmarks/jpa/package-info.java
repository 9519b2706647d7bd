/** The JPA entities of the Hibernate side: the same tables and columns as the Toasty models, IDENTITY keys. */
package io.toasty.benchmarks.jpa;
