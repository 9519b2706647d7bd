package io.toasty.query;

import java.time.temporal.Temporal;
import java.util.List;

/**
 * Database functions that take no field: the current time and the row count. The functions of a field are methods of
 * its expression ({@code User_.name.lower()}, {@code User_.age.max()}).
 */
public final class Functions {
    private Functions() {}

    /**
     * The database's current timestamp ({@code CURRENT_TIMESTAMP}), typed as the field it is compared with or
     * assigned to: {@code Note_.createdAt.set(Functions.now())}.
     */
    public static <M, T extends Temporal> ComparableExpression<M, T> now() {
        return new Call<>(SqlFunction.NOW, List.of());
    }

    /** The number of rows of a group, or of the query: {@code COUNT(*)}. */
    public static <M> NumericExpression<M, Long> count() {
        return new NumericCall<>(SqlFunction.COUNT, List.of());
    }
}
