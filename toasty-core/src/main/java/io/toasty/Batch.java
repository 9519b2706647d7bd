package io.toasty;

/**
 * The writes of one atomic batch, collected by the function given to {@link Toasty#batch}: objects of any models,
 * inserted, updated or deleted in the order given. Nothing runs until the function returns; then every object is
 * checked (and seen by the write listeners) before the first statement, and all writes run in one transaction
 * (a savepoint inside the caller's), all or nothing. Belongs to one call: not thread-safe, unusable afterwards.
 */
public interface Batch {
    /**
     * Inserts {@code object}, as {@link Repository#insert} does.
     *
     * @return the position of its result in {@link BatchResult#results()}
     */
    int insert(Object object);

    /**
     * Updates {@code object} by its key, checking its version, as {@link Repository#update} does; a missing row or
     * a stale version fails the whole batch.
     *
     * @return the position of its result in {@link BatchResult#results()}
     */
    int update(Object object);

    /**
     * Deletes the row of {@code object}, checking its version, as {@link Repository#delete} does; its result is
     * whether a row was deleted.
     *
     * @return the position of its result in {@link BatchResult#results()}
     */
    int delete(Object object);
}
