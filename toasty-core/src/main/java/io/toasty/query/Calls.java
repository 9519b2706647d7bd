package io.toasty.query;

import java.util.List;
import java.util.stream.Collectors;

/** Shared text of function calls, for messages. */
final class Calls {
    private Calls() {}

    static String describe(SqlFunction function, List<? extends Expression<?, ?>> arguments) {
        String name = function == SqlFunction.COUNT_DISTINCT
                ? "countDistinct"
                : function.name().toLowerCase();
        return name + arguments.stream().map(String::valueOf).collect(Collectors.joining(", ", "(", ")"));
    }
}
