package io.toasty;

/**
 * A point inside a transaction that its later work can be rolled back to, made by {@link Transaction#savepoint()}.
 * Belongs to the transaction that made it.
 */
public interface Savepoint {
    /** The savepoint's SQL name, unique within its transaction. */
    String name();
}
