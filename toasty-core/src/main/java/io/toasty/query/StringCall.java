package io.toasty.query;

import java.util.List;
import java.util.Objects;

/**
 * A call of a database function whose value is a string, such as {@code lower()}.
 *
 * @param function the function
 * @param arguments its arguments
 * @param <M> the model
 */
public record StringCall<M>(SqlFunction function, List<Expression<M, ?>> arguments) implements StringExpression<M> {
    /** Checks the parts and copies the arguments. */
    public StringCall {
        Objects.requireNonNull(function, "function");
        arguments = List.copyOf(arguments);
    }

    @Override
    public String toString() {
        return Calls.describe(function, arguments);
    }
}
