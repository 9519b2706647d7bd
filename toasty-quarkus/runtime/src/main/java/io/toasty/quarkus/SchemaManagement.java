package io.toasty.quarkus;

/** What Toasty does with the tables of a datasource's models when the application starts. */
public enum SchemaManagement {
    /** Nothing: the tables are managed elsewhere, such as by migrations. */
    NONE,
    /** Creates the tables, constraints and indexes that do not exist yet. */
    CREATE,
    /** Drops the models' tables with their data, then creates them: for development and tests. */
    DROP_AND_CREATE,
    /** Checks that every table and column the models need exists, and fails the start when one does not. */
    VALIDATE,
    /**
     * Applies the pending migrations of the datasource's migration location with toasty-migrate, which the application
     * must depend on; a failed migration fails the start.
     */
    MIGRATE
}
