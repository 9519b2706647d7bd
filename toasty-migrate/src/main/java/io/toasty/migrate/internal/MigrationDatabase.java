package io.toasty.migrate.internal;

import io.toasty.migrate.MigrationException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/** What migrations do differently per database: locking, transactional DDL, changing a column's type. */
public interface MigrationDatabase {
    /** The database of a JDBC product name. */
    static MigrationDatabase forProduct(String product) {
        if (product.toLowerCase(java.util.Locale.ROOT).contains("postgres")) {
            return new PostgresMigrations();
        }
        if (product.toLowerCase(java.util.Locale.ROOT).contains("h2")) {
            return new H2Migrations();
        }
        throw new MigrationException("Migrations support PostgreSQL and H2, not " + product);
    }

    /** The product name as users know it. */
    String name();

    /** Whether DDL is rolled back with its transaction. */
    boolean transactionalDdl();

    /**
     * Takes the migration lock, waiting at most {@code timeout}: no two migrators change one schema at once. Called
     * in autocommit, before anything else.
     */
    void lock(Connection connection, String historyTable, Duration timeout) throws SQLException;

    /** Releases the lock taken by {@link #lock}, in autocommit. */
    void unlock(Connection connection, String historyTable) throws SQLException;

    /** The statement that changes a column's type; the names are quoted. */
    default String alterType(String table, String column, String type) {
        return "ALTER TABLE " + table + " ALTER COLUMN " + column + " SET DATA TYPE " + type;
    }

    /** Quotes an identifier. */
    default String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
