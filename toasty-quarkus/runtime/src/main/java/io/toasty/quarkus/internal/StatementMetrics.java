package io.toasty.quarkus.internal;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.toasty.spi.StatementEvent;
import io.toasty.spi.StatementListener;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times every statement of one datasource's Toasty in Micrometer's {@code toasty.statements} timer, tagged with the
 * datasource, the operation ({@code select}, {@code insert}, {@code update}, {@code delete}, {@code other}), the
 * table (one per model) and the outcome ({@code success} or {@code error}); its count is the number of statements.
 * Registered when the application has quarkus-micrometer. Thread-safe.
 */
public final class StatementMetrics implements StatementListener {
    /** The timer's name. */
    public static final String NAME = "toasty.statements";

    private static final Pattern TABLE = Pattern.compile("(?i)\\b(?:from|into|update)\\s+\"?([A-Za-z0-9_$]+)\"?");

    private final MeterRegistry registry;
    private final String dataSource;
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    /** Records into {@code registry} for the datasource {@code dataSource}. */
    public StatementMetrics(MeterRegistry registry, String dataSource) {
        this.registry = registry;
        this.dataSource = dataSource;
    }

    @Override
    public void onStatement(StatementEvent event) {
        String operation = operation(event.sql());
        String table = table(event.sql());
        String outcome = event.failure().isPresent() ? "error" : "success";
        timers.computeIfAbsent(operation + ' ' + table + ' ' + outcome, key -> Timer.builder(NAME)
                        .description("Statements run by Toasty")
                        .tag("datasource", dataSource)
                        .tag("operation", operation)
                        .tag("table", table)
                        .tag("outcome", outcome)
                        .register(registry))
                .record(event.duration());
    }

    static String operation(String sql) {
        String first = sql.stripLeading().split("[\\s(]", 2)[0].toLowerCase(Locale.ROOT);
        return switch (first) {
            case "select", "with" -> "select";
            case "insert", "update", "delete" -> first;
            default -> "other";
        };
    }

    static String table(String sql) {
        Matcher matcher = TABLE.matcher(sql);
        return matcher.find() ? matcher.group(1) : "none";
    }
}
