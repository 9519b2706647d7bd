/** Embedded records: the feature suite (H2 and PostgreSQL) and its models. */
package io.toasty.embed;
