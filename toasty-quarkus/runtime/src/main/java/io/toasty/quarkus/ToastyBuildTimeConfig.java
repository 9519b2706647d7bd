package io.toasty.quarkus;

import io.quarkus.runtime.annotations.ConfigDocMapKey;
import io.quarkus.runtime.annotations.ConfigDocSection;
import io.quarkus.runtime.annotations.ConfigRoot;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Toasty's settings that shape the application when it is built: which datasource each model lives in, SQL logging,
 * the health check and metrics. Changing one needs a rebuild (dev mode does it by itself).
 */
@ConfigMapping(prefix = "quarkus.toasty")
@ConfigRoot
public interface ToastyBuildTimeConfig {
    /**
     * The models of named datasources, by the datasource's name (as in {@code quarkus.datasource."name".*}). A model
     * that no datasource names lives in the default datasource.
     */
    @ConfigDocSection
    @ConfigDocMapKey("datasource-name")
    @WithName("datasource")
    Map<String, DataSourceModels> datasources();

    /** SQL logging. */
    Log log();

    /** The readiness health check. */
    Health health();

    /** Statement metrics. */
    Metrics metrics();

    /** The models of one named datasource. */
    interface DataSourceModels {
        /**
         * The models that live in this datasource: binary class names ({@code com.acme.billing.Invoice}), or packages
         * followed by {@code .*} for every model in that package and its subpackages ({@code com.acme.billing.*}). The
         * most specific entry wins; a model claimed as specifically by two datasources fails the build.
         */
        Optional<List<String>> models();
    }

    /** SQL logging. */
    interface Log {
        /**
         * Whether every statement Toasty runs is logged, at DEBUG in the category {@code io.toasty.sql}, with its
         * duration and row count. Bound values are logged only with {@code quarkus.toasty.log.bind-values}.
         */
        @WithDefault("false")
        boolean sql();
    }

    /** Statement metrics. */
    interface Metrics {
        /**
         * Whether every statement is timed in Micrometer's {@code toasty.statements} timer (tags: datasource, model,
         * operation, outcome), when the application has quarkus-micrometer. Without it, nothing is recorded.
         */
        @WithDefault("true")
        boolean enabled();
    }

    /** The readiness health check. */
    interface Health {
        /**
         * Whether a readiness check reports each datasource's Toasty (it validates the tables against the models),
         * when the application has quarkus-smallrye-health.
         */
        @WithDefault("true")
        boolean enabled();
    }
}
