/** Migrations tested on PostgreSQL and H2: generate, apply, change, roll back, fail, race, and the command line. */
package io.toasty.migrate.it;
