package io.toasty.migrate;

/** Where a migration stands in a database. */
public enum MigrationState {
    /** Found among the migrations and not applied yet. */
    PENDING,
    /** Applied, and its file is unchanged since. */
    APPLIED,
    /** Applied, but its file has changed since: {@link Migrator#up()} refuses to run until the file is restored. */
    CHANGED,
    /** Applied, but no file or Java migration of its version is found any more. */
    MISSING,
    /**
     * Failed midway on a database without transactional DDL, leaving what it had applied: fix the database, then
     * {@link Migrator#repair()}.
     */
    FAILED
}
