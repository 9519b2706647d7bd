package io.toasty.migrate;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** What a {@link JavaMigration} works with: the migration's connection, and batches over large tables. */
public interface MigrationContext {
    /** The connection the migration runs on, in its transaction; do not close or commit it. */
    Connection connection();

    /** The database's product name, such as {@code PostgreSQL} or {@code H2}. */
    String database();

    /**
     * Works through a table in batches of keys, in key order, committing after each batch so that a large table is
     * never locked for the whole change, and reporting progress after each. The work must be safe to run again on the
     * rows of a batch (a failure leaves the batches before it committed).
     *
     * @param table the table, unquoted
     * @param keyColumn a single-column unique key of the table, unquoted
     * @param batchSize how many keys each batch gets, at least 1
     * @param work what to do with one batch of keys
     * @return the number of keys worked through
     */
    long inBatches(String table, String keyColumn, int batchSize, BatchWork work) throws SQLException;

    /** One batch of a {@link #inBatches} run. */
    @FunctionalInterface
    interface BatchWork {
        /** Works on the rows with these keys, on {@code connection}. */
        void run(Connection connection, List<Object> keys) throws SQLException;
    }
}
