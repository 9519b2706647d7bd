package io.toasty.spi;

import java.util.List;
import java.util.Map;

/**
 * Sees every write before any of its SQL is sent, and may refuse it by throwing: {@code toasty-validation} runs
 * Bean Validation here. A write a listener refuses sends nothing, so nothing of it is written.
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

    /** Before {@code update} of one object. */
    default void beforeUpdate(Class<?> model, Object object) {}

    /**
     * Before a set-based update: each field assigned a plain value, by Java field name, with that value (null
     * included). Fields assigned an expression over the row, such as {@code age + 1}, are not listed: their values
     * are known only to the database.
     */
    default void beforeSetBasedUpdate(Class<?> model, Map<String, Object> values) {}

    /** A listener that accepts every write. */
    static WriteListener none() {
        return new WriteListener() {};
    }
}
