/** The feature suites of toasty-core, each run on H2 and PostgreSQL, and the models they use. */
package io.toasty.it;
