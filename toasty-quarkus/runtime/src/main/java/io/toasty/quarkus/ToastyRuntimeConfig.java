package io.toasty.quarkus;

import io.quarkus.runtime.annotations.ConfigDocMapKey;
import io.quarkus.runtime.annotations.ConfigDocSection;
import io.quarkus.runtime.annotations.ConfigPhase;
import io.quarkus.runtime.annotations.ConfigRoot;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.util.Map;
import java.util.Optional;

/**
 * Toasty's settings read when the application starts: schema management and bind-value logging. Profiles apply, so
 * {@code %dev.quarkus.toasty.schema-management=drop-and-create} creates the tables in dev mode only.
 */
@ConfigMapping(prefix = "quarkus.toasty")
@ConfigRoot(phase = ConfigPhase.RUN_TIME)
public interface ToastyRuntimeConfig {
    /**
     * What Toasty does with the models' tables when the application starts: {@code none}, {@code create},
     * {@code drop-and-create}, {@code validate} or {@code migrate} (toasty-migrate applies the pending migrations of
     * {@code migration-location}). Applies to every datasource that does not set its own.
     */
    @WithDefault("none")
    SchemaManagement schemaManagement();

    /**
     * Where {@code schema-management=migrate} finds the migration files: a class path folder
     * ({@code classpath:db/migration}) or a directory ({@code filesystem:/path}). Applies to every datasource that
     * does not set its own.
     */
    @WithDefault("classpath:db/migration")
    String migrationLocation();

    /**
     * The secret that signs pagination cursors ({@code Query.page}), at least 16 bytes of UTF-8. Unset, each start
     * signs with a random key, so cursors do not survive a restart and are refused by other instances: set the same
     * secret on every instance (from a vault or an environment variable, not from a file in the repository).
     */
    Optional<String> cursorKey();

    /** Settings of named datasources, by the datasource's name. */
    @ConfigDocSection
    @ConfigDocMapKey("datasource-name")
    @WithName("datasource")
    Map<String, DataSourceRuntime> datasources();

    /** Bind-value logging. */
    Log log();

    /** The start-up settings of one named datasource. */
    interface DataSourceRuntime {
        /** What Toasty does with this datasource's tables at start; {@code quarkus.toasty.schema-management} if unset. */
        Optional<SchemaManagement> schemaManagement();

        /** Where this datasource's migration files are; {@code quarkus.toasty.migration-location} if unset. */
        Optional<String> migrationLocation();
    }

    /** Bind-value logging. */
    interface Log {
        /**
         * Whether bound values appear in the SQL log and in statement events. Off by default: values may be personal
         * data.
         */
        @WithDefault("false")
        boolean bindValues();
    }
}
