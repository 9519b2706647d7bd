/**
 * Versioned schema migrations: {@link io.toasty.migrate.MigrationGenerator} compares the models with the last
 * migration's snapshot (or with the database) and writes Flyway-compatible {@code V<version>__<name>.sql} files with
 * their {@code U<version>__<name>.sql} down scripts; {@link io.toasty.migrate.Migrator} applies them in order, one
 * transaction each where the database has transactional DDL, under a lock, recording each in a history table; it
 * also rolls back, dry-runs and reports status. {@link io.toasty.migrate.JavaMigration}s change data in batches.
 */
package io.toasty.migrate;
