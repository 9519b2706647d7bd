package io.toasty.query;

import java.util.List;
import java.util.Objects;

/**
 * A call of a database function whose value is a number, such as {@code count()}, {@code sum()} or {@code abs()}.
 *
 * @param function the function
 * @param arguments its arguments; none for {@code COUNT(*)}
 * @param <M> the model
 * @param <N> the Java type of the value
 */
public record NumericCall<M, N>(SqlFunction function, List<Expression<M, ?>> arguments)
        implements NumericExpression<M, N> {
    /** Checks the parts and copies the arguments. */
    public NumericCall {
        Objects.requireNonNull(function, "function");
        arguments = List.copyOf(arguments);
    }

    @Override
    public String toString() {
        return Calls.describe(function, arguments);
    }
}
