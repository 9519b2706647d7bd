package io.toasty.migrate;

import io.toasty.migrate.internal.MigrationFiles;
import io.toasty.migrate.internal.ResolvedMigration;
import io.toasty.migrate.internal.Runner;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Applies the migrations of a location to a database: in version order, each in its own transaction (on PostgreSQL
 * DDL rolls back with it; H2 commits DDL as it goes, and a failure there reports what stayed applied), under a lock so
 * that two instances starting at once apply each migration exactly once, recording each in a history table. Refuses
 * to run when an applied file has changed, and runs destructive steps only when allowed. Thread-safe; every call
 * takes a connection of its own and gives it back, and looks at the location again, so files written since are seen.
 *
 * <pre>{@code
 * Migrator migrator = Migrator.builder(dataSource).location("classpath:db/migration").build();
 * migrator.up();
 * }</pre>
 */
public final class Migrator {
    /** The default location of migration files, as Flyway's. */
    public static final String DEFAULT_LOCATION = "classpath:db/migration";

    /** The default history table. */
    public static final String DEFAULT_HISTORY_TABLE = "toasty_schema_history";

    private final Runner runner;

    private Migrator(Runner runner) {
        this.runner = runner;
    }

    /** Starts a migrator of the database behind {@code dataSource}. */
    public static Builder builder(DataSource dataSource) {
        return new Builder(dataSource);
    }

    /**
     * Applies every pending migration, in order.
     *
     * @return the migrations applied, empty when the database was up to date
     * @throws ChecksumMismatchException if an applied migration's file has changed (nothing is run)
     * @throws DestructiveMigrationException if a pending migration is destructive and that is not allowed
     * @throws MigrationException if a migration fails; the message says what stayed applied
     */
    public List<MigrationInfo> up() {
        return runner.up();
    }

    /**
     * Runs the down scripts of the last {@code steps} applied migrations, newest first, each in its own transaction,
     * and removes them from the history. Checks first that each has a down script.
     *
     * @return the migrations rolled back
     */
    public List<MigrationInfo> rollback(int steps) {
        return runner.rollback(steps);
    }

    /** Every migration, found or applied, in version order, with its state. */
    public List<MigrationInfo> status() {
        return runner.status();
    }

    /** The SQL that {@link #up()} would run, without running it; empty when nothing is pending. */
    public String dryRun() {
        return runner.dryRun();
    }

    /**
     * Removes the history entries of migrations that failed midway (on H2), once the database has been fixed by hand,
     * so that they run again.
     *
     * @return the number of entries removed
     */
    public int repair() {
        return runner.repair();
    }

    /** Configures a {@link Migrator}; used once. */
    public static final class Builder {
        private final DataSource dataSource;
        private final List<JavaMigration> javaMigrations = new ArrayList<>();
        private final List<String> resources = new ArrayList<>();
        private String location = DEFAULT_LOCATION;
        private String historyTable = DEFAULT_HISTORY_TABLE;
        private ClassLoader classLoader = Thread.currentThread().getContextClassLoader() != null
                ? Thread.currentThread().getContextClassLoader()
                : Migrator.class.getClassLoader();
        private boolean allowDestructive;
        private boolean serviceLoader = true;
        private Duration lockTimeout = Duration.ofMinutes(5);
        private MigrationListener listener = MigrationListener.none();
        private boolean built;

        private Builder(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        }

        /**
         * Where the files are: a directory ({@code db/migration}, {@code filesystem:db/migration}) or a class path
         * folder ({@code classpath:db/migration}, the default).
         */
        public Builder location(String location) {
            this.location = Objects.requireNonNull(location, "location");
            return this;
        }

        /**
         * Names the migration files as class path resources ({@code db/migration/V1__init.sql}, with their
         * {@code U} files), instead of listing a location's folder: for runtimes that cannot list a folder of the class
         * path, such as a native image, where an extension lists the files at build time and registers them.
         */
        public Builder resources(String... paths) {
            for (String path : paths) {
                resources.add(Objects.requireNonNull(path, "path"));
            }
            return this;
        }

        /** The class loader that {@code classpath:} locations and Java migrations are found with. */
        public Builder classLoader(ClassLoader loader) {
            this.classLoader = Objects.requireNonNull(loader, "loader");
            return this;
        }

        /** The history table's name; {@value #DEFAULT_HISTORY_TABLE} by default. */
        public Builder historyTable(String table) {
            this.historyTable = Objects.requireNonNull(table, "table");
            return this;
        }

        /** Adds Java migrations, besides those listed in {@code META-INF/services}. */
        public Builder javaMigrations(JavaMigration... migrations) {
            for (JavaMigration migration : migrations) {
                javaMigrations.add(Objects.requireNonNull(migration, "migration"));
            }
            return this;
        }

        /** Whether to look for Java migrations in {@code META-INF/services} (by default, yes). */
        public Builder serviceLoader(boolean enabled) {
            this.serviceLoader = enabled;
            return this;
        }

        /**
         * Whether migrations marked destructive (dropping a table or column, narrowing a type) may run; by default
         * they are refused before anything runs.
         */
        public Builder allowDestructive(boolean allowed) {
            this.allowDestructive = allowed;
            return this;
        }

        /** How long to wait for another migrator's lock; 5 minutes by default. */
        public Builder lockTimeout(Duration timeout) {
            this.lockTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /** Sees each migration start, progress and finish. */
        public Builder listener(MigrationListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * Reads the location and builds the migrator.
         *
         * @throws MigrationException if two migrations have the same version
         */
        public Migrator build() {
            if (built) {
                throw new IllegalStateException("This builder was already used; start a new one");
            }
            built = true;
            if (!historyTable.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw new IllegalArgumentException(
                        "History table name '" + historyTable + "' must be letters, digits and underscores");
            }
            List<JavaMigration> java = new ArrayList<>(javaMigrations);
            if (serviceLoader) {
                ServiceLoader.load(JavaMigration.class, classLoader).forEach(java::add);
            }
            String where = resources.isEmpty() ? location : "the resources " + resources;
            ClassLoader loader = classLoader;
            List<String> named = List.copyOf(resources);
            Supplier<List<ResolvedMigration>> migrations = () -> {
                List<ResolvedMigration> found = new ArrayList<>(
                        named.isEmpty() ? MigrationFiles.scan(where, loader) : MigrationFiles.resources(named, loader));
                java.forEach(migration -> found.add(ResolvedMigration.ofJava(migration)));
                return found;
            };
            return new Migrator(new Runner(
                    dataSource,
                    migrations,
                    new Runner.Options(where, historyTable, allowDestructive, lockTimeout, listener)));
        }
    }
}
