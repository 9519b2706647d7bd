package io.toasty.migrate;

import io.toasty.Toasty;
import io.toasty.migrate.internal.MigrationDatabase;
import io.toasty.migrate.internal.MigrationFiles;
import io.toasty.migrate.internal.SchemaDiff;
import io.toasty.migrate.internal.Snapshot;
import io.toasty.migrate.internal.SqlScript;
import io.toasty.migrate.internal.Version;
import io.toasty.schema.ColumnDef;
import io.toasty.schema.SchemaDef;
import io.toasty.schema.TableDef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.stream.Stream;

/**
 * Writes the next migration of a directory: compares what a {@link Toasty}'s models want
 * ({@link io.toasty.Schema#definition()}) with the snapshot the last migration left beside its files (or, for the first
 * migration or when asked, with the database), and writes {@code V<version>__<name>.sql}, its down script
 * {@code U<version>__<name>.sql} and the new snapshot. SQL is written for the Toasty's database. Renames are taken only
 * from hints ({@code @Column(renamedFrom = ...)} or {@link Builder#rename}); without one, a column that went away and
 * one that came are a drop and an add, and {@link GeneratedMigration#notes()} says how to hint. Immutable and
 * thread-safe, but two generators writing into one directory at once may pick the same version.
 */
public final class MigrationGenerator {
    private final Toasty toasty;
    private final Path directory;
    private final Map<String, Map<String, String>> renames;
    private final boolean fromDatabase;
    private final String version;
    private final List<String> ignoredTables;

    private MigrationGenerator(Builder builder) {
        this.toasty = builder.toasty;
        this.directory = builder.directory;
        this.renames = Map.copyOf(builder.renames);
        this.fromDatabase = builder.fromDatabase;
        this.version = builder.version;
        this.ignoredTables = List.of(builder.historyTable, builder.historyTable + "_lock");
    }

    /** Starts a generator for the models of {@code toasty}, writing into {@code directory}. */
    public static Builder builder(Toasty toasty, Path directory) {
        return new Builder(toasty, directory);
    }

    /** Works out the next migration without writing anything; {@link GeneratedMigration#isEmpty()} if none. */
    public GeneratedMigration plan(String name) {
        Objects.requireNonNull(name, "name");
        String slug = name.trim()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "_")
                .replaceAll("^_|_$", "");
        if (slug.isEmpty()) {
            throw new IllegalArgumentException("A migration needs a name of letters or digits, not '" + name + "'");
        }
        Latest latest = latest();
        SchemaDef from;
        String basis;
        if (fromDatabase || latest.version == null) {
            SchemaDef found = toasty.schema().read();
            from = new SchemaDef(found.tables().stream()
                    .filter(t -> !ignoredTables.contains(t.name()))
                    .toList());
            basis = "the database";
        } else if (latest.snapshot == null) {
            throw new MigrationException("The last migration of " + directory + " (" + latest.file + ") has no"
                    + " schema snapshot beside it, so there is nothing to compare the models with: apply the"
                    + " migrations to a database and generate with --from-database (fromDatabase(true))");
        } else {
            from = Snapshot.read(latest.snapshot.toString(), read(latest.snapshot));
            basis = "the snapshot " + latest.snapshot.getFileName();
        }
        SchemaDef to = toasty.schema().definition();
        MigrationDatabase database = MigrationDatabase.forProduct(toasty.database());
        SchemaDiff diff = new SchemaDiff(toasty.schema(), database);
        SchemaDiff.Plan up = diff.plan(from, to, renames);
        SchemaDiff.Plan down = diff.plan(withoutHints(to), from, reversed(to, from));
        String next = version != null
                ? Version.parse(version).toString()
                : latest.version == null ? "1" : latest.version.next().toString();
        String stem = next + "__" + slug;
        List<String> changes =
                up.steps().stream().map(SchemaDiff.Step::description).toList();
        List<String> destructive = up.steps().stream()
                .filter(SchemaDiff.Step::destructive)
                .map(SchemaDiff.Step::description)
                .toList();
        String header = "-- Toasty migration " + next + ": " + slug.replace('_', ' ') + "\n-- Generated for "
                + database.name() + " from " + basis + ".\n";
        return new GeneratedMigration(
                next,
                "V" + stem + ".sql",
                "U" + stem + ".sql",
                "V" + stem + ".schema",
                script(header + "-- Down script: U" + stem + ".sql\n", up),
                script(header.replace("-- Toasty migration", "-- Toasty down migration"), down),
                Snapshot.write(withoutHints(to)),
                changes,
                destructive,
                up.notes(),
                basis);
    }

    /**
     * Works out the next migration and writes its three files, unless there is nothing to migrate.
     *
     * @return the migration written, or empty when the models and the basis agree
     */
    public Optional<GeneratedMigration> generate(String name) {
        GeneratedMigration migration = plan(name);
        if (migration.isEmpty()) {
            return Optional.empty();
        }
        try {
            Files.createDirectories(directory);
            for (String file : List.of(migration.fileName(), migration.downFileName(), migration.snapshotFileName())) {
                if (Files.exists(directory.resolve(file))) {
                    throw new MigrationException(directory.resolve(file) + " exists already; choose another version");
                }
            }
            Files.writeString(directory.resolve(migration.fileName()), migration.up(), StandardCharsets.UTF_8);
            Files.writeString(directory.resolve(migration.downFileName()), migration.down(), StandardCharsets.UTF_8);
            Files.writeString(
                    directory.resolve(migration.snapshotFileName()), migration.snapshot(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the migration into " + directory + ": " + e.getMessage(), e);
        }
        return Optional.of(migration);
    }

    private static String script(String header, SchemaDiff.Plan plan) {
        StringBuilder text = new StringBuilder(header);
        for (String note : plan.notes()) {
            text.append("-- NOTE: ").append(note).append('\n');
        }
        for (SchemaDiff.Step step : plan.steps()) {
            text.append('\n')
                    .append(step.destructive() ? SqlScript.DESTRUCTIVE_MARKER + " " : "-- ")
                    .append(step.description())
                    .append('\n')
                    .append(step.sql())
                    .append(";\n");
        }
        return text.toString();
    }

    private static SchemaDef withoutHints(SchemaDef schema) {
        List<TableDef> tables = new ArrayList<>();
        for (TableDef table : schema.tables()) {
            tables.add(new TableDef(
                    table.name(),
                    table.columns().stream()
                            .map(c -> new ColumnDef(
                                    c.name(), c.type(), c.nullable(), c.defaultValue(), c.identity(), Optional.empty()))
                            .toList(),
                    table.primaryKey(),
                    table.indexes(),
                    table.uniques(),
                    table.foreignKeys()));
        }
        return new SchemaDef(tables);
    }

    /** The renames of the up direction, turned around for the down script: old name by new name. */
    private Map<String, Map<String, String>> reversed(SchemaDef to, SchemaDef from) {
        Map<String, Map<String, String>> reversed = new HashMap<>();
        for (TableDef table : to.tables()) {
            Map<String, String> explicit = renames.getOrDefault(table.name(), Map.of());
            Optional<TableDef> before = from.table(table.name());
            for (ColumnDef column : table.columns()) {
                Optional<String> old =
                        Optional.ofNullable(explicit.get(column.name())).or(column::renamedFrom);
                if (old.isPresent()
                        && before.flatMap(b -> b.column(old.get())).isPresent()
                        && before.flatMap(b -> b.column(column.name())).isEmpty()) {
                    reversed.computeIfAbsent(table.name(), t -> new HashMap<>()).put(old.get(), column.name());
                }
            }
        }
        return reversed;
    }

    private record Latest(Version version, Path file, Path snapshot) {}

    private Latest latest() {
        if (!Files.isDirectory(directory)) {
            return new Latest(null, null, null);
        }
        Version best = null;
        Path bestFile = null;
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Matcher name =
                        MigrationFiles.FILE_NAME.matcher(file.getFileName().toString());
                if (name.matches() && name.group(1).equals("V")) {
                    Version found = Version.parse(name.group(2));
                    if (best == null || found.compareTo(best) > 0) {
                        best = found;
                        bestFile = file;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + directory + ": " + e.getMessage(), e);
        }
        if (best == null) {
            return new Latest(null, null, null);
        }
        Path snapshot =
                bestFile.resolveSibling(bestFile.getFileName().toString().replaceFirst("\\.sql$", ".schema"));
        return new Latest(best, bestFile, Files.exists(snapshot) ? snapshot : null);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Configures a {@link MigrationGenerator}. */
    public static final class Builder {
        private final Toasty toasty;
        private final Path directory;
        private final Map<String, Map<String, String>> renames = new HashMap<>();
        private boolean fromDatabase;
        private String version;
        private String historyTable = Migrator.DEFAULT_HISTORY_TABLE;

        private Builder(Toasty toasty, Path directory) {
            this.toasty = Objects.requireNonNull(toasty, "toasty");
            this.directory = Objects.requireNonNull(directory, "directory");
        }

        /**
         * Says that column {@code from} of {@code table} is now called {@code to}, as {@code @Column(renamedFrom)}
         * does on the field.
         */
        public Builder rename(String table, String from, String to) {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            renames.computeIfAbsent(table, t -> new HashMap<>()).put(to, from);
            return this;
        }

        /**
         * Compares the models with the database rather than with the last snapshot (always so for the first
         * migration). The history table and its lock table are left out.
         */
        public Builder fromDatabase(boolean enabled) {
            this.fromDatabase = enabled;
            return this;
        }

        /** The version of the migration; by default the last version's first number plus one, or 1. */
        public Builder version(String version) {
            this.version =
                    Version.parse(Objects.requireNonNull(version, "version")).toString();
            return this;
        }

        /** The history table that a comparison with the database leaves out, if not the default one. */
        public Builder historyTable(String table) {
            this.historyTable = Objects.requireNonNull(table, "table");
            return this;
        }

        /** Builds the generator. */
        public MigrationGenerator build() {
            return new MigrationGenerator(this);
        }
    }
}
