/** The validation suites, each run on H2 and PostgreSQL, and the models and constraints they use. */
package io.toasty.validation.it;
