/**
 * The implementation of migrations: migration files and their parsing, the history table, locks, the schema diff and
 * the SQL it writes, and the command line. Not API: anything here may change without notice.
 */
package io.toasty.migrate.internal;
