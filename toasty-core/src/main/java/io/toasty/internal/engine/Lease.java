package io.toasty.internal.engine;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The connection one call runs on: the transaction's, which stays open, or a pooled one in autocommit, which
 * {@link #close()} gives back.
 */
final class Lease implements AutoCloseable {
    final Connection connection;
    final Tx tx;

    Lease(Connection connection, Tx tx) {
        this.connection = connection;
        this.tx = tx;
    }

    @Override
    public void close() throws SQLException {
        if (tx == null) {
            connection.close();
        }
    }
}
