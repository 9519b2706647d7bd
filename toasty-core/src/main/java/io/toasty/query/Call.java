package io.toasty.query;

import java.util.List;
import java.util.Objects;

/**
 * A call of a database function whose value is ordered, such as {@code now()} or the {@code max()} of a date.
 *
 * @param function the function
 * @param arguments its arguments
 * @param <M> the model
 * @param <T> the Java type of the value
 */
public record Call<M, T>(SqlFunction function, List<Expression<M, ?>> arguments) implements ComparableExpression<M, T> {
    /** Checks the parts and copies the arguments. */
    public Call {
        Objects.requireNonNull(function, "function");
        arguments = List.copyOf(arguments);
    }

    @Override
    public String toString() {
        return Calls.describe(function, arguments);
    }
}
