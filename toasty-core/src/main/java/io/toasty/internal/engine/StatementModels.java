package io.toasty.internal.engine;

import io.toasty.internal.meta.Hierarchy;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the model of a statement for its {@code StatementEvent}: the first quoted table after {@code FROM},
 * {@code INTO} or {@code UPDATE}, looked up among the engine's tables (which are unique per Toasty). Read from the
 * SQL in this one place rather than carried by every statement builder; only run when someone listens. The
 * statements of a single-table hierarchy, which share one table, are the base model's.
 */
final class StatementModels {
    private static final Pattern TABLE = Pattern.compile("(?i)\\b(?:FROM|INTO|UPDATE)\\s+(\"(?:[^\"]|\"\")+\")");

    /** Each model by its quoted table, as the renderer writes it. */
    private final Map<String, Class<?>> byTable = new HashMap<>();

    StatementModels(Iterable<Model<?>> models) {
        for (Model<?> model : models) {
            // the models of a single-table hierarchy share one table: its statements count as the base's
            if (model.meta.hierarchy().map(Hierarchy::root).orElse(true)) {
                byTable.put(model.table, model.meta.type());
            } else {
                byTable.putIfAbsent(model.table, model.meta.type());
            }
        }
    }

    Optional<Class<?>> of(String sql) {
        Matcher matcher = TABLE.matcher(sql);
        return matcher.find() ? Optional.ofNullable(byTable.get(matcher.group(1))) : Optional.empty();
    }
}
