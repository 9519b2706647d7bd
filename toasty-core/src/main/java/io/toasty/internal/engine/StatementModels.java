package io.toasty.internal.engine;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the model of a statement for its {@code StatementEvent}: the first quoted table after {@code FROM},
 * {@code INTO} or {@code UPDATE}, looked up among the engine's tables (which are unique per Toasty). Read from the
 * SQL in this one place rather than carried by every statement builder; only run when someone listens.
 */
final class StatementModels {
    private static final Pattern TABLE = Pattern.compile("(?i)\\b(?:FROM|INTO|UPDATE)\\s+(\"(?:[^\"]|\"\")+\")");

    /** Each model by its quoted table, as the renderer writes it. */
    private final Map<String, Class<?>> byTable = new HashMap<>();

    StatementModels(Iterable<Model<?>> models) {
        for (Model<?> model : models) {
            byTable.put(model.table, model.meta.type());
        }
    }

    Optional<Class<?>> of(String sql) {
        Matcher matcher = TABLE.matcher(sql);
        return matcher.find() ? Optional.ofNullable(byTable.get(matcher.group(1))) : Optional.empty();
    }
}
