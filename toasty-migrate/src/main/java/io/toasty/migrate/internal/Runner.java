package io.toasty.migrate.internal;

import io.toasty.migrate.ChecksumMismatchException;
import io.toasty.migrate.DestructiveMigrationException;
import io.toasty.migrate.MigrationContext;
import io.toasty.migrate.MigrationException;
import io.toasty.migrate.MigrationInfo;
import io.toasty.migrate.MigrationListener;
import io.toasty.migrate.MigrationState;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/** Runs migrations: the implementation of {@link io.toasty.migrate.Migrator}. Thread-safe; holds no connection. */
public final class Runner {
    /** What a runner is configured with. */
    public record Options(
            String location,
            String historyTable,
            boolean allowDestructive,
            Duration lockTimeout,
            MigrationListener listener) {}

    private final DataSource dataSource;
    private final Supplier<List<ResolvedMigration>> source;
    private final Options options;
    private volatile List<ResolvedMigration> migrations;

    /** The migrations are found again at each call, so that files written since are seen. */
    public Runner(DataSource dataSource, Supplier<List<ResolvedMigration>> source, Options options) {
        this.dataSource = dataSource;
        this.source = source;
        this.options = options;
        rescan();
    }

    private synchronized void rescan() {
        List<ResolvedMigration> sorted = new ArrayList<>(source.get());
        sorted.sort(Comparator.comparing(ResolvedMigration::version));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).version().compareTo(sorted.get(i - 1).version()) == 0) {
                throw new MigrationException("Two migrations have version "
                        + sorted.get(i).version() + ": " + sorted.get(i - 1).script() + " and "
                        + sorted.get(i).script());
            }
        }
        this.migrations = List.copyOf(sorted);
    }

    @FunctionalInterface
    private interface Work<R> {
        R run(Connection connection, MigrationDatabase database, History history) throws SQLException;
    }

    private <R> R connect(boolean locked, Work<R> work) {
        rescan();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            MigrationDatabase database =
                    MigrationDatabase.forProduct(connection.getMetaData().getDatabaseProductName());
            History history = new History(options.historyTable(), database);
            if (!locked) {
                return work.run(connection, database, history);
            }
            database.lock(connection, options.historyTable(), options.lockTimeout());
            try {
                history.create(connection);
                return work.run(connection, database, history);
            } finally {
                connection.setAutoCommit(true);
                database.unlock(connection, options.historyTable());
            }
        } catch (SQLException e) {
            throw new MigrationException(
                    "Migrations of " + options.location() + " failed: " + e.getMessage() + " (SQLSTATE "
                            + e.getSQLState() + ")",
                    List.of(),
                    e);
        }
    }

    // ---- status

    public List<MigrationInfo> status() {
        return connect(false, (connection, database, history) -> status(history.read(connection)));
    }

    private List<MigrationInfo> status(List<History.Row> rows) {
        Map<String, History.Row> applied = new LinkedHashMap<>();
        rows.forEach(row -> applied.put(Version.parse(row.version()).toString(), row));
        List<MigrationInfo> infos = new ArrayList<>();
        for (ResolvedMigration migration : migrations) {
            History.Row row = applied.remove(migration.version().toString());
            if (row == null) {
                infos.add(info(migration, MigrationState.PENDING, null));
            } else if (!row.success()) {
                infos.add(info(migration, MigrationState.FAILED, row));
            } else if (!migration.isJava() && !migration.checksum().equals(row.checksum())) {
                infos.add(info(migration, MigrationState.CHANGED, row));
            } else {
                infos.add(info(migration, MigrationState.APPLIED, row));
            }
        }
        for (History.Row row : applied.values()) {
            infos.add(new MigrationInfo(
                    row.version(),
                    row.description(),
                    row.script(),
                    row.success() ? MigrationState.MISSING : MigrationState.FAILED,
                    Optional.of(row.installedOn()),
                    Optional.of(Duration.ofMillis(row.executionMillis()))));
        }
        infos.sort(Comparator.comparing(i -> Version.parse(i.version())));
        return infos;
    }

    private static MigrationInfo info(ResolvedMigration migration, MigrationState state, History.Row row) {
        return new MigrationInfo(
                migration.version().toString(),
                migration.description(),
                migration.script(),
                state,
                Optional.ofNullable(row).map(History.Row::installedOn),
                Optional.ofNullable(row).map(r -> Duration.ofMillis(r.executionMillis())));
    }

    private ResolvedMigration resolved(MigrationInfo info) {
        return migrations.stream()
                .filter(m -> m.version().toString().equals(info.version()))
                .findFirst()
                .orElseThrow();
    }

    /** Refuses to go on when the history has a failed migration or an applied file changed. */
    private static void check(List<MigrationInfo> status) {
        for (MigrationInfo info : status) {
            if (info.state() == MigrationState.FAILED) {
                throw new MigrationException("Migration " + info.script() + " failed earlier and left the database"
                        + " partly migrated: fix the database by hand, then run `toasty migrate repair`"
                        + " (Migrator.repair()) to remove the failed entry, and migrate again");
            }
            if (info.state() == MigrationState.CHANGED) {
                throw new ChecksumMismatchException("Migration " + info.script() + " was changed after it was"
                        + " applied (its checksum differs from the history's): restore the file as it was applied,"
                        + " and put the change in a new migration");
            }
        }
    }

    // ---- up

    public List<MigrationInfo> up() {
        return connect(true, (connection, database, history) -> {
            List<MigrationInfo> status = status(history.read(connection));
            check(status);
            List<MigrationInfo> pending = status.stream()
                    .filter(i -> i.state() == MigrationState.PENDING)
                    .toList();
            refuseDestructive(pending, false);
            List<MigrationInfo> done = new ArrayList<>();
            for (MigrationInfo info : pending) {
                done.add(apply(connection, database, history, info, false));
            }
            return done;
        });
    }

    private void refuseDestructive(List<MigrationInfo> migrations, boolean down) {
        if (options.allowDestructive()) {
            return;
        }
        List<String> steps = new ArrayList<>();
        for (MigrationInfo info : migrations) {
            ResolvedMigration migration = resolved(info);
            SqlScript script = down ? migration.down().orElse(migration.up()) : migration.up();
            script.destructive().forEach(step -> steps.add(info.script() + ": " + step));
        }
        if (!steps.isEmpty()) {
            throw new DestructiveMigrationException("The " + (down ? "rollback" : "pending migrations")
                    + " would lose data, and destructive steps were not allowed; nothing was run:\n  - "
                    + String.join("\n  - ", steps)
                    + "\nBack the data up, then run again with --allow-destructive (Migrator.Builder"
                    + ".allowDestructive(true))");
        }
    }

    private MigrationInfo apply(
            Connection connection, MigrationDatabase database, History history, MigrationInfo info, boolean down)
            throws SQLException {
        ResolvedMigration migration = resolved(info);
        options.listener().started(info, down);
        Instant start = Instant.now();
        List<String> applied = new ArrayList<>();
        connection.setAutoCommit(false);
        try {
            if (migration.isJava()) {
                Context context = new Context(connection, database, info);
                if (down) {
                    migration.java().undo(context);
                } else {
                    migration.java().migrate(context);
                }
            } else {
                List<String> statements = down
                        ? migration.down().orElseThrow().statements()
                        : migration.up().statements();
                try (Statement statement = connection.createStatement()) {
                    for (String sql : statements) {
                        statement.execute(sql);
                        applied.add(sql);
                        options.listener().progress(info, applied.size(), statements.size(), "statements");
                    }
                }
            }
            long millis = Duration.between(start, Instant.now()).toMillis();
            if (down) {
                history.delete(connection, info.version());
            } else {
                history.insert(
                        connection,
                        new History.Row(
                                0,
                                info.version(),
                                info.description(),
                                migration.isJava() ? "JAVA" : "SQL",
                                info.script(),
                                migration.checksum(),
                                start,
                                millis,
                                true));
            }
            connection.commit();
            MigrationInfo done = new MigrationInfo(
                    info.version(),
                    info.description(),
                    info.script(),
                    down ? MigrationState.PENDING : MigrationState.APPLIED,
                    down ? Optional.empty() : Optional.of(start),
                    Optional.of(Duration.ofMillis(millis)));
            options.listener().finished(done, down);
            return done;
        } catch (Exception e) {
            throw failed(connection, database, history, migration, info, down, start, applied, e);
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private MigrationException failed(
            Connection connection,
            MigrationDatabase database,
            History history,
            ResolvedMigration migration,
            MigrationInfo info,
            boolean down,
            Instant start,
            List<String> applied,
            Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
        String what = (down ? "Rolling back " : "Migration ") + info.script();
        String cause = failure instanceof SQLException sql
                ? sql.getMessage() + " (SQLSTATE " + sql.getSQLState() + ")"
                : String.valueOf(failure.getMessage());
        int total = migration.isJava()
                ? 0
                : (down ? migration.down().orElseThrow() : migration.up())
                        .statements()
                        .size();
        String at = migration.isJava() ? "" : " at statement " + (applied.size() + 1) + " of " + total;
        List<String> kept = database.transactionalDdl() ? List.of() : committed(applied);
        if (database.transactionalDdl() || kept.isEmpty() && !migration.isJava()) {
            return new MigrationException(
                    what + " failed" + at + ": " + cause + ". " + database.name() + " rolled the whole migration"
                            + " back: the database and the history are as they were before it",
                    List.of(),
                    failure);
        }
        try {
            connection.setAutoCommit(true);
            if (!down) {
                history.insert(
                        connection,
                        new History.Row(
                                0,
                                info.version(),
                                info.description(),
                                migration.isJava() ? "JAVA" : "SQL",
                                info.script(),
                                migration.checksum(),
                                start,
                                Duration.between(start, Instant.now()).toMillis(),
                                false));
            }
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
        String list = migration.isJava()
                ? "an unknown part of its work"
                : kept.size() + " statement(s):\n  " + kept.stream().collect(Collectors.joining(";\n  "))
                        + (kept.size() < applied.size()
                                ? "\n(the " + (applied.size() - kept.size())
                                        + " statement(s) after the last DDL were rolled back)"
                                : "");
        return new MigrationException(
                what + " failed" + at + ": " + cause + ". " + database.name() + " commits DDL as it runs, so the"
                        + " statements before it stay applied: " + list + "\n"
                        + (down
                                ? "The history still lists " + info.version() + " as applied."
                                : "The history records " + info.version() + " as failed; undo or finish those"
                                        + " statements by hand, run `toasty migrate repair`, and migrate again."),
                kept,
                failure);
    }

    /**
     * The statements that stay on a database that commits DDL implicitly: every statement up to the last DDL one, whose
     * implicit commit took the earlier ones with it; what ran after it is rolled back.
     */
    private static List<String> committed(List<String> applied) {
        int kept = 0;
        for (int i = 0; i < applied.size(); i++) {
            if (DDL.matcher(applied.get(i)).lookingAt()) {
                kept = i + 1;
            }
        }
        return List.copyOf(applied.subList(0, kept));
    }

    private static final Pattern DDL =
            Pattern.compile("\\s*(CREATE|ALTER|DROP|RENAME|TRUNCATE|COMMENT)\\b", Pattern.CASE_INSENSITIVE);

    // ---- rollback

    public List<MigrationInfo> rollback(int steps) {
        if (steps < 1) {
            throw new IllegalArgumentException("Roll back at least 1 migration, not " + steps);
        }
        return connect(true, (connection, database, history) -> {
            List<MigrationInfo> status = status(history.read(connection));
            check(status);
            List<MigrationInfo> applied = status.stream()
                    .filter(i -> i.state() == MigrationState.APPLIED || i.state() == MigrationState.MISSING)
                    .sorted(Comparator.comparing((MigrationInfo i) -> Version.parse(i.version()))
                            .reversed())
                    .limit(steps)
                    .toList();
            for (MigrationInfo info : applied) {
                if (info.state() == MigrationState.MISSING) {
                    throw new MigrationException("Cannot roll back " + info.script() + ": its file is missing");
                }
                if (!resolved(info).canUndo()) {
                    throw new MigrationException("Cannot roll back " + info.script() + ": it has no down script ("
                            + info.script().replaceFirst("^V", "U") + "); nothing was rolled back");
                }
            }
            refuseDestructive(applied, true);
            List<MigrationInfo> done = new ArrayList<>();
            for (MigrationInfo info : applied) {
                done.add(apply(connection, database, history, info, true));
            }
            return done;
        });
    }

    // ---- dry run and repair

    public String dryRun() {
        List<MigrationInfo> status = status();
        check(status);
        StringBuilder text = new StringBuilder();
        for (MigrationInfo info : status) {
            if (info.state() != MigrationState.PENDING) {
                continue;
            }
            ResolvedMigration migration = resolved(info);
            text.append("-- ").append(info.script()).append('\n');
            if (migration.isJava()) {
                text.append("-- (Java migration ")
                        .append(migration.java().getClass().getName())
                        .append(")\n");
            }
            for (String step : migration.up().destructive()) {
                text.append(SqlScript.DESTRUCTIVE_MARKER)
                        .append(' ')
                        .append(step)
                        .append('\n');
            }
            for (String statement : migration.up().statements()) {
                text.append(statement).append(";\n");
            }
            text.append('\n');
        }
        return text.toString();
    }

    public int repair() {
        return connect(true, (connection, database, history) -> history.deleteFailed(connection));
    }

    // ---- Java migrations

    private final class Context implements MigrationContext {
        private final Connection connection;
        private final MigrationDatabase database;
        private final MigrationInfo info;

        Context(Connection connection, MigrationDatabase database, MigrationInfo info) {
            this.connection = connection;
            this.database = database;
            this.info = info;
        }

        @Override
        public Connection connection() {
            return connection;
        }

        @Override
        public String database() {
            return database.name();
        }

        @Override
        public long inBatches(String table, String keyColumn, int batchSize, BatchWork work) throws SQLException {
            if (batchSize < 1) {
                throw new IllegalArgumentException("batchSize must be at least 1, not " + batchSize);
            }
            String quotedTable = database.quote(table);
            String key = database.quote(keyColumn);
            long total;
            try (Statement count = connection.createStatement();
                    var rows = count.executeQuery("SELECT COUNT(*) FROM " + quotedTable)) {
                rows.next();
                total = rows.getLong(1);
            }
            long done = 0;
            Object last = null;
            String first = "SELECT " + key + " FROM " + quotedTable + " ORDER BY " + key + " FETCH FIRST " + batchSize
                    + " ROWS ONLY";
            String next = "SELECT " + key + " FROM " + quotedTable + " WHERE " + key + " > ? ORDER BY " + key
                    + " FETCH FIRST " + batchSize + " ROWS ONLY";
            while (true) {
                List<Object> keys = new ArrayList<>();
                try (var statement = connection.prepareStatement(last == null ? first : next)) {
                    if (last != null) {
                        statement.setObject(1, last);
                    }
                    try (var rows = statement.executeQuery()) {
                        while (rows.next()) {
                            keys.add(rows.getObject(1));
                        }
                    }
                }
                if (keys.isEmpty()) {
                    return done;
                }
                work.run(connection, List.copyOf(keys));
                connection.commit();
                done += keys.size();
                last = keys.get(keys.size() - 1);
                options.listener().progress(info, done, Math.max(total, done), "rows");
            }
        }
    }
}
