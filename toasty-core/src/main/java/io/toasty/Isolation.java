package io.toasty;

import java.sql.Connection;

/** Transaction isolation levels, as JDBC names them. */
public enum Isolation {
    /** The connection's level, as the pool or the database configured it. */
    DEFAULT(-1),
    /** Dirty reads allowed; PostgreSQL runs it as {@link #READ_COMMITTED}. */
    READ_UNCOMMITTED(Connection.TRANSACTION_READ_UNCOMMITTED),
    /** Each statement sees what was committed before it began. */
    READ_COMMITTED(Connection.TRANSACTION_READ_COMMITTED),
    /** The transaction sees one snapshot; concurrent changes to rows it read make it fail on PostgreSQL. */
    REPEATABLE_READ(Connection.TRANSACTION_REPEATABLE_READ),
    /** As if transactions ran one after another; conflicts fail with {@link SerializationFailureException}. */
    SERIALIZABLE(Connection.TRANSACTION_SERIALIZABLE);

    private final int jdbcLevel;

    Isolation(int jdbcLevel) {
        this.jdbcLevel = jdbcLevel;
    }

    /** The {@link Connection} constant, or -1 for {@link #DEFAULT}. */
    public int jdbcLevel() {
        return jdbcLevel;
    }
}
