package io.toasty.quarkus.internal.micrometer;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.toasty.quarkus.internal.StatementMetrics;
import io.toasty.spi.StatementEvent;
import io.toasty.spi.StatementListener;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Times every statement in the timer {@code toasty.statements} of the application's {@link MeterRegistry}, tagged
 * with the datasource, the model (its simple name, {@code none} for DDL and savepoints), the operation
 * ({@code select}, {@code insert}, {@code update}, {@code delete}, {@code upsert}, {@code other}) and the outcome
 * ({@code success} or {@code error}); a timer's count is its number of statements. Added as a bean by the deployment
 * module only when the application has quarkus-micrometer. Thread-safe.
 */
@Singleton
public class MicrometerStatementMetrics implements StatementMetrics {
    /** The timer's name. */
    public static final String NAME = "toasty.statements";

    private final MeterRegistry registry;

    /** Created by the container with the application's registry. */
    @Inject
    public MicrometerStatementMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public StatementListener listener(String dataSource) {
        return new Listener(registry, dataSource);
    }

    /** One timer per model, operation and outcome, made on first use. */
    private record Key(Class<?> model, StatementEvent.Operation operation, boolean error) {}

    private static final class Listener implements StatementListener {
        private final MeterRegistry registry;
        private final String dataSource;
        private final Map<Key, Timer> timers = new ConcurrentHashMap<>();

        Listener(MeterRegistry registry, String dataSource) {
            this.registry = registry;
            this.dataSource = dataSource;
        }

        @Override
        public void onStatement(StatementEvent event) {
            Key key = new Key(
                    event.model().orElse(null),
                    event.operation(),
                    event.failure().isPresent());
            timers.computeIfAbsent(key, this::timer).record(event.duration());
        }

        private Timer timer(Key key) {
            return Timer.builder(NAME)
                    .description("Statements run by Toasty, by datasource, model, operation and outcome")
                    .tag("datasource", dataSource)
                    .tag("model", key.model() == null ? "none" : key.model().getSimpleName())
                    .tag("operation", key.operation().name().toLowerCase(Locale.ROOT))
                    .tag("outcome", key.error() ? "error" : "success")
                    .register(registry);
        }
    }
}
