package io.toasty.query;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A fragment of SQL used as a condition where the typed conditions cannot say something, with {@code ?} placeholders
 * for its values. Its identifiers are the database's: Toasty quotes the ones it writes, so on H2 a column named
 * {@code name} is written {@code "name"} (unquoted names fold to upper case there).
 *
 * @param sql the fragment
 * @param values the values of its placeholders, in order
 * @param <M> the model
 */
public record RawCondition<M>(String sql, List<Object> values) implements Condition<M> {
    /** Checks the parts and copies the values, which may be null. */
    public RawCondition {
        Objects.requireNonNull(sql, "sql");
        values = Collections.unmodifiableList(Arrays.asList(values.toArray()));
    }
}
