package io.toasty.spi;

import io.toasty.query.Condition;
import java.util.List;
import java.util.Map;

/**
 * Sees every write before any of its SQL is sent, and may refuse it by throwing: {@code toasty-validation} runs
 * Bean Validation here. A write a listener refuses sends nothing, so nothing of it is written. The {@code after}
 * methods are lifecycle hooks: they see what a write did, once it ran.
 *
 * <p>Called on the thread of the write, once per call, with all its objects at once (an {@code insertAll} of a
 * thousand objects is one call). Implementations are thread-safe.
 */
public interface WriteListener {
    /**
     * Before {@code insert} and {@code insertAll}: the objects, in order. Generated values are not set yet: an
     * {@link io.toasty.model.Auto} key is still null and a {@link io.toasty.model.Version} still unset, so a
     * listener must not require them.
     */
    default void beforeInsert(Class<?> model, List<?> objects) {}

    /**
     * Before {@code upsert} and {@code upsertAll}: the objects, in order, each of which may be inserted or may update
     * an existing row. By default, the same check as {@link #beforeInsert}.
     */
    default void beforeUpsert(Class<?> model, List<?> objects) {
        beforeInsert(model, objects);
    }

    /** Before {@code update} of one object. */
    default void beforeUpdate(Class<?> model, Object object) {}

    /**
     * Before a set-based update: each field assigned a plain value, by Java field name, with that value (null
     * included). Fields assigned an expression over the row, such as {@code age + 1}, are not listed: their values
     * are known only to the database.
     */
    default void beforeSetBasedUpdate(Class<?> model, Map<String, Object> values) {}

    /**
     * Before a set-based update, told which rows it touches: {@code condition} (all rows when it has no parts) and
     * the plain values it assigns, as in {@link #beforeSetBasedUpdate(Class, Map)}, which it calls by default.
     */
    default void beforeSetBasedUpdate(Class<?> model, Condition<?> condition, Map<String, Object> values) {
        beforeSetBasedUpdate(model, values);
    }

    /**
     * Before {@code delete} of objects: the objects, in order. A write that throws here deletes nothing.
     */
    default void beforeDelete(Class<?> model, List<?> objects) {}

    /**
     * Before a set-based delete ({@code query().delete()}, {@code deleteByKey}), told which rows it touches:
     * {@code condition}, all rows when it has no parts.
     */
    default void beforeSetBasedDelete(Class<?> model, Condition<?> condition) {}

    /**
     * After {@code insert} and {@code insertAll} ran: the objects as returned, with their generated values. Runs
     * inside the caller's transaction, if any: throwing there rolls back what the caller lets roll back; in
     * autocommit the rows are already committed.
     */
    default void afterInsert(Class<?> model, List<?> objects) {}

    /** After {@code update} and {@code updateAll} ran: the objects as returned, with their new versions. */
    default void afterUpdate(Class<?> model, List<?> objects) {}

    /** After {@code upsert} and {@code upsertAll} ran: the resulting rows, in the order of the objects. */
    default void afterUpsert(Class<?> model, List<?> rows) {}

    /** After {@code delete} of objects ran: the objects whose rows were deleted. */
    default void afterDelete(Class<?> model, List<?> objects) {}

    /** After a set-based update ran: its condition and the number of rows it changed. */
    default void afterSetBasedUpdate(Class<?> model, Condition<?> condition, long count) {}

    /** After a set-based delete ran: its condition and the number of rows it deleted. */
    default void afterSetBasedDelete(Class<?> model, Condition<?> condition, long count) {}

    /** A listener that accepts every write. */
    static WriteListener none() {
        return new WriteListener() {};
    }
}
