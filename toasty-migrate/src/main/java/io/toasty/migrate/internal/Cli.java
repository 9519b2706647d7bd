package io.toasty.migrate.internal;

import io.toasty.Toasty;
import io.toasty.ToastyException;
import io.toasty.migrate.ChecksumMismatchException;
import io.toasty.migrate.DestructiveMigrationException;
import io.toasty.migrate.GeneratedMigration;
import io.toasty.migrate.MigrationException;
import io.toasty.migrate.MigrationGenerator;
import io.toasty.migrate.MigrationInfo;
import io.toasty.migrate.MigrationListener;
import io.toasty.migrate.MigrationState;
import io.toasty.migrate.Migrator;
import io.toasty.schema.TableDef;
import io.toasty.spi.ModelIndex;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The {@code toasty} command line. Arguments are parsed by hand: the commands are few and flat, and a parsing library
 * would be one more jar on every user's tool path for no gain they would see.
 */
public final class Cli {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    static final int REFUSED = 3;
    static final int DIFFERENT = 4;

    static final String DEFAULT_LOCATION = "src/main/resources/db/migration";

    private static final String CONNECTION_HELP =
            """
            Connection (flags first, then the environment, then the properties file):
              --url URL             JDBC URL                      (TOASTY_DB_URL,      toasty.url)
              --user NAME           user                          (TOASTY_DB_USER,     toasty.user)
              --password SECRET     password                      (TOASTY_DB_PASSWORD, toasty.password)
              --properties FILE     properties file; ./toasty.properties is read when present
            Models and migrations:
              --classpath PATHS     the application's classes and jars, separated by '%s' (toasty.classpath);
                                    the models are the classes listed in META-INF/toasty/models there
              --models A,B          model classes, instead of the index                      (toasty.models)
              --location DIR        the migrations: a directory, or classpath:db/migration   (toasty.location)
                                    default: %s
              --history-table NAME  the history table (toasty.history-table); default toasty_schema_history
            """
                    .formatted(java.io.File.pathSeparator, DEFAULT_LOCATION);

    private static final String MAIN_HELP =
            """
            Usage: toasty <command> [options]

            Commands:
              migrate generate NAME   write the next migration from the changes to the models
              migrate up              apply the pending migrations
              migrate down [N]        roll back the last N migrations (default 1) with their down scripts
              migrate status          list applied and pending migrations
              migrate dry-run         print the SQL of the pending migrations without running it
              migrate repair          remove failed migrations from the history, once the database is fixed
              schema show             print the DDL of the models (--database: what the database has)
              schema diff             print what differs between the models and the database

            Run 'toasty <command> --help' for the options of a command.
            Exit codes: 0 success, 1 failure, 2 wrong usage, 3 refused for safety, 4 schema diff found differences.
            """;

    private static final Map<String, String> HELP = Map.of(
            "migrate generate",
            """
            Usage: toasty migrate generate NAME [options]

            Compares the models with the snapshot the last migration left beside it (the first time, or with
            --from-database, with the database) and writes V<version>__<name>.sql, its down script
            U<version>__<name>.sql and the snapshot V<version>__<name>.schema into the location.
            A rename is never guessed: hint it with @Column(renamedFrom = "old") on the field, or --rename.

              --rename TABLE.OLD=NEW  column OLD of TABLE is now called NEW (repeatable)
              --from-database         compare with the database rather than with the last snapshot
              --version V             the version to write; default: the last one plus one
            """,
            "migrate up",
            """
            Usage: toasty migrate up [options]

            Applies the pending migrations in order, each in its own transaction where the database has
            transactional DDL, under a lock, recording each in the history table. Shows progress as it goes.

              --allow-destructive     run migrations marked destructive (dropping tables or columns,
                                      narrowing types); refused otherwise
            """,
            "migrate down",
            """
            Usage: toasty migrate down [N] [options]

            Rolls back the last N applied migrations (default 1), newest first, with their down scripts
            (U<version>__<name>.sql), and removes them from the history.

              --allow-destructive     run down scripts marked destructive (they usually are: they drop
                                      what the migration created)
            """,
            "migrate status",
            """
            Usage: toasty migrate status [options]

            Lists every migration with its state: APPLIED, PENDING, CHANGED (the file changed after it was
            applied), MISSING (applied, but the file is gone) or FAILED (awaiting repair).
            """,
            "migrate dry-run",
            """
            Usage: toasty migrate dry-run [options]

            Prints the SQL that 'migrate up' would run, without running it.
            """,
            "migrate repair",
            """
            Usage: toasty migrate repair [options]

            Removes the history entries of migrations that failed midway (on databases that commit DDL as
            they go, such as H2), once the database has been fixed by hand, so that they run again.
            """,
            "schema show",
            """
            Usage: toasty schema show [--database] [options]

            Prints the DDL that creates the models' tables; with --database, the tables the database has,
            in the same form.
            """,
            "schema diff",
            """
            Usage: toasty schema diff [options]

            Prints the statements that would take the database to what the models want (exit code 4), or
            says that they agree (exit code 0).
            """);

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> environment;

    public Cli(PrintStream out, PrintStream err, Map<String, String> environment) {
        this.out = out;
        this.err = err;
        this.environment = environment;
    }

    /** A mistake in the command line, shown with the command's help. */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    public int run(String[] args) {
        List<String> words = new ArrayList<>();
        Map<String, List<String>> options = new LinkedHashMap<>();
        boolean help = false;
        try {
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals("--help") || arg.equals("-h")) {
                    help = true;
                } else if (arg.startsWith("--")) {
                    String name = arg.substring(2);
                    String value = null;
                    int equals = name.indexOf('=');
                    if (equals >= 0) {
                        value = name.substring(equals + 1);
                        name = name.substring(0, equals);
                    } else if (!FLAGS.contains(name)) {
                        if (i + 1 >= args.length) {
                            throw new UsageException("Option --" + name + " needs a value");
                        }
                        value = args[++i];
                    }
                    if (!FLAGS.contains(name) && !VALUED.contains(name)) {
                        throw new UsageException("Unknown option --" + name);
                    }
                    options.computeIfAbsent(name, n -> new ArrayList<>()).add(value == null ? "true" : value);
                } else {
                    words.add(arg);
                }
            }
            String command = words.size() >= 2 ? words.get(0) + " " + words.get(1) : String.join(" ", words);
            if (words.isEmpty()) {
                (help ? out : err).print(MAIN_HELP);
                return help ? OK : USAGE;
            }
            if (!HELP.containsKey(command)) {
                throw new UsageException("Unknown command '" + command + "'");
            }
            if (help) {
                out.print(HELP.get(command));
                out.print("\n" + CONNECTION_HELP);
                return OK;
            }
            return execute(command, words.subList(2, words.size()), new Settings(options, environment));
        } catch (UsageException e) {
            err.println("toasty: " + e.getMessage());
            err.println("Run 'toasty --help' for the commands, 'toasty <command> --help' for their options.");
            return USAGE;
        } catch (ChecksumMismatchException | DestructiveMigrationException e) {
            err.println("toasty: refused: " + e.getMessage());
            return REFUSED;
        } catch (MigrationException e) {
            err.println("toasty: " + e.getMessage());
            return e.getMessage().contains("failed earlier") ? REFUSED : FAILED;
        } catch (ToastyException | UncheckedIOException | IllegalArgumentException e) {
            err.println("toasty: " + e.getMessage());
            return FAILED;
        }
    }

    private static final Set<String> FLAGS = Set.of("allow-destructive", "from-database", "database");
    private static final Set<String> VALUED = Set.of(
            "url",
            "user",
            "password",
            "properties",
            "classpath",
            "models",
            "location",
            "history-table",
            "rename",
            "version");

    private int execute(String command, List<String> arguments, Settings settings) {
        return switch (command) {
            case "migrate generate" -> generate(arguments, settings);
            case "migrate up" -> {
                noArguments(command, arguments);
                List<MigrationInfo> applied = migrator(settings).up();
                out.println(
                        applied.isEmpty()
                                ? "The database is up to date."
                                : "Applied " + applied.size() + " migration(s); the database is at version "
                                        + applied.get(applied.size() - 1).version() + ".");
                yield OK;
            }
            case "migrate down" -> {
                if (arguments.size() > 1 || !arguments.stream().allMatch(a -> a.matches("[1-9][0-9]*"))) {
                    throw new UsageException("migrate down takes the number of migrations to roll back, such as 1");
                }
                int steps = arguments.isEmpty() ? 1 : Integer.parseInt(arguments.get(0));
                List<MigrationInfo> rolledBack = migrator(settings).rollback(steps);
                out.println("Rolled back " + rolledBack.size() + " migration(s).");
                yield OK;
            }
            case "migrate status" -> {
                noArguments(command, arguments);
                status(migrator(settings).status());
                yield OK;
            }
            case "migrate dry-run" -> {
                noArguments(command, arguments);
                String sql = migrator(settings).dryRun();
                out.print(sql.isEmpty() ? "-- nothing is pending\n" : sql);
                yield OK;
            }
            case "migrate repair" -> {
                noArguments(command, arguments);
                out.println("Removed " + migrator(settings).repair() + " failed migration(s) from the history.");
                yield OK;
            }
            case "schema show" -> {
                noArguments(command, arguments);
                Toasty toasty = toasty(settings);
                List<TableDef> tables = settings.flag("database")
                        ? toasty.schema().read().tables()
                        : toasty.schema().definition().tables();
                for (TableDef table : tables) {
                    for (String statement : toasty.schema().createStatements(table)) {
                        out.println(statement + ";");
                    }
                }
                yield OK;
            }
            case "schema diff" -> {
                noArguments(command, arguments);
                GeneratedMigration plan = MigrationGenerator.builder(toasty(settings), Path.of("."))
                        .fromDatabase(true)
                        .historyTable(settings.historyTable())
                        .build()
                        .plan("diff");
                if (plan.isEmpty()) {
                    out.println("The database matches the models.");
                    yield OK;
                }
                out.print(plan.up().substring(plan.up().indexOf("\n\n") + 1));
                plan.notes().forEach(note -> err.println("note: " + note));
                yield DIFFERENT;
            }
            default -> throw new UsageException("Unknown command '" + command + "'");
        };
    }

    private static void noArguments(String command, List<String> arguments) {
        if (!arguments.isEmpty()) {
            throw new UsageException(command + " takes no arguments, but was given " + arguments);
        }
    }

    private int generate(List<String> arguments, Settings settings) {
        if (arguments.size() != 1) {
            throw new UsageException("migrate generate takes one name, such as: migrate generate add_age");
        }
        String location = settings.location();
        if (location.startsWith("classpath:")) {
            throw new UsageException("migrate generate writes files: give --location a directory, not " + location);
        }
        Path directory = Path.of(location.replaceFirst("^filesystem:", ""));
        MigrationGenerator.Builder builder = MigrationGenerator.builder(toasty(settings), directory)
                .fromDatabase(settings.flag("from-database"))
                .historyTable(settings.historyTable());
        try {
            settings.value("version").ifPresent(builder::version);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--version: " + e.getMessage());
        }
        for (String rename : settings.values("rename")) {
            String[] parts = rename.split("[.=]");
            if (parts.length != 3) {
                throw new UsageException(
                        "--rename takes TABLE.OLD=NEW, such as accounts.full_name=name, not " + rename);
            }
            builder.rename(parts[0], parts[1], parts[2]);
        }
        var generated = builder.build().generate(arguments.get(0));
        if (generated.isEmpty()) {
            out.println("The models and " + directory + " agree: nothing to generate.");
            return OK;
        }
        GeneratedMigration migration = generated.get();
        out.println("Wrote " + directory.resolve(migration.fileName()) + " (compared with " + migration.basis() + "):");
        migration.changes().forEach(change -> out.println("  " + change));
        out.println("with its down script " + migration.downFileName() + " and snapshot " + migration.snapshotFileName()
                + ".");
        if (!migration.destructive().isEmpty()) {
            out.println("It is destructive (applying it needs --allow-destructive):");
            migration.destructive().forEach(step -> out.println("  " + step));
        }
        migration.notes().forEach(note -> out.println("NOTE: " + note));
        return OK;
    }

    private void status(List<MigrationInfo> infos) {
        if (infos.isEmpty()) {
            out.println("No migrations found.");
            return;
        }
        DateTimeFormatter format =
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
        out.printf("%-10s %-8s %-20s %s%n", "VERSION", "STATE", "INSTALLED (UTC)", "SCRIPT");
        for (MigrationInfo info : infos) {
            out.printf(
                    "%-10s %-8s %-20s %s%n",
                    info.version(),
                    info.state(),
                    info.installedOn().map(format::format).orElse(""),
                    info.script());
        }
        long pending =
                infos.stream().filter(i -> i.state() == MigrationState.PENDING).count();
        out.println(pending + " pending.");
    }

    private Migrator migrator(Settings settings) {
        ClassLoader loader = settings.classLoader();
        return Migrator.builder(settings.dataSource(loader))
                .location(settings.location())
                .classLoader(loader)
                .historyTable(settings.historyTable())
                .allowDestructive(settings.flag("allow-destructive"))
                .listener(new Progress(err, System.console() != null))
                .build();
    }

    private Toasty toasty(Settings settings) {
        ClassLoader loader = settings.classLoader();
        List<Class<?>> models = new ArrayList<>();
        for (String name : settings.models(loader)) {
            try {
                models.add(Class.forName(name, true, loader));
            } catch (ClassNotFoundException e) {
                throw new UsageException(
                        "Model class " + name + " is not on the class path: add its classes with" + " --classpath");
            }
        }
        if (models.isEmpty()) {
            throw new UsageException("No models found: give --classpath the application's classes (compiled with the"
                    + " Toasty annotation processor, which lists them in " + ModelIndex.LOCATION + "), or --models");
        }
        return Toasty.builder(settings.dataSource(loader)).models(models).build();
    }

    /** Shows each migration and, on a terminal, a progress bar. */
    static final class Progress implements MigrationListener {
        private static final int WIDTH = 30;
        private final PrintStream err;
        private final boolean terminal;

        Progress(PrintStream err, boolean terminal) {
            this.err = err;
            this.terminal = terminal;
        }

        @Override
        public void started(MigrationInfo migration, boolean down) {
            err.println((down ? "Rolling back " : "Applying ") + migration.script());
        }

        @Override
        public void progress(MigrationInfo migration, long done, long total, String unit) {
            if (!terminal) {
                return;
            }
            int filled = total > 0 ? (int) (WIDTH * done / total) : 0;
            err.print("\r  [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done
                    + (total > 0 ? "/" + total : "") + " " + unit);
            if (total > 0 && done >= total) {
                err.println();
            }
        }

        @Override
        public void finished(MigrationInfo migration, boolean down) {
            err.println("  done"
                    + migration
                            .executionTime()
                            .map(t -> " in " + t.toMillis() + " ms")
                            .orElse(""));
        }
    }

    /** The options, with the environment and the properties file behind them. */
    static final class Settings {
        private final Map<String, List<String>> options;
        private final Map<String, String> environment;
        private final Properties properties = new Properties();
        private ClassLoader loader;
        private final List<URL> urls = new ArrayList<>();
        private DriverDataSource dataSource;

        Settings(Map<String, List<String>> options, Map<String, String> environment) {
            this.options = options;
            this.environment = environment;
            Path file = Path.of(value("properties").orElse("toasty.properties"));
            if (Files.exists(file)) {
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    properties.load(reader);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
                }
            } else if (options.containsKey("properties")) {
                throw new UsageException("Properties file " + file + " does not exist");
            }
        }

        java.util.Optional<String> value(String name) {
            List<String> values = options.get(name);
            return values == null ? java.util.Optional.empty() : java.util.Optional.of(values.get(values.size() - 1));
        }

        List<String> values(String name) {
            return options.getOrDefault(name, List.of());
        }

        boolean flag(String name) {
            return options.containsKey(name);
        }

        /** A flag, then an environment variable, then a property. */
        java.util.Optional<String> setting(String name, String variable) {
            return value(name)
                    .or(() -> java.util.Optional.ofNullable(variable == null ? null : environment.get(variable)))
                    .or(() -> java.util.Optional.ofNullable(properties.getProperty("toasty." + name)));
        }

        String location() {
            return setting("location", null).orElse(DEFAULT_LOCATION);
        }

        String historyTable() {
            return setting("history-table", null).orElse(Migrator.DEFAULT_HISTORY_TABLE);
        }

        ClassLoader classLoader() {
            if (loader == null) {
                for (String entry : setting("classpath", null).orElse("").split(java.io.File.pathSeparator)) {
                    if (entry.isBlank()) {
                        continue;
                    }
                    Path path = Path.of(entry.trim());
                    if (!Files.exists(path)) {
                        throw new UsageException("Class path entry " + path + " does not exist");
                    }
                    try {
                        urls.add(path.toUri().toURL());
                    } catch (MalformedURLException e) {
                        throw new UsageException("Class path entry " + path + " is not a valid path");
                    }
                }
                loader = urls.isEmpty()
                        ? Cli.class.getClassLoader()
                        : new URLClassLoader(urls.toArray(URL[]::new), Cli.class.getClassLoader());
            }
            return loader;
        }

        /** The models: --models, or the index the annotation processor wrote, read from the class path entries. */
        List<String> models(ClassLoader loader) {
            java.util.Optional<String> listed = setting("models", null);
            if (listed.isPresent()) {
                return List.of(listed.get().split("\\s*,\\s*"));
            }
            Set<String> names = new LinkedHashSet<>();
            // with --classpath, only the application's own entries: the tool's class path has indexes of its own
            try (URLClassLoader own = new URLClassLoader(urls.toArray(URL[]::new), null)) {
                Enumeration<URL> indexes = urls.isEmpty()
                        ? loader.getResources(ModelIndex.LOCATION)
                        : own.getResources(ModelIndex.LOCATION);
                while (indexes.hasMoreElements()) {
                    try (BufferedReader reader = new BufferedReader(
                            new InputStreamReader(indexes.nextElement().openStream(), StandardCharsets.UTF_8))) {
                        String line;
                        while ((line = reader.readLine()) != null) {
                            String name = line.trim();
                            if (!name.isEmpty() && !name.startsWith("#")) {
                                names.add(name);
                            }
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the model index: " + e.getMessage(), e);
            }
            return List.copyOf(names);
        }

        DriverDataSource dataSource(ClassLoader loader) {
            if (dataSource == null) {
                String url = setting("url", "TOASTY_DB_URL")
                        .orElseThrow(() -> new UsageException(
                                "No database: give --url, TOASTY_DB_URL or toasty.url" + " in toasty.properties"));
                dataSource = new DriverDataSource(
                        url,
                        setting("user", "TOASTY_DB_USER").orElse(null),
                        setting("password", "TOASTY_DB_PASSWORD").orElse(null),
                        loader);
            }
            return dataSource;
        }
    }
}
