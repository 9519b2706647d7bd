package io.toasty.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the benchmarks: {@code java -jar benchmarks.jar [short|long] [--only REGEX] [--systems jdbc,toasty]
 * [--no-gc] [--no-jmh] [--counts] [--prof jfr]}. Creates a schema of its own on the PostgreSQL of the test suites ({@code TOASTY_TEST_PG_URL}, or
 * {@code 127.0.0.1:5432/test} as {@code postgres}), fills it, checks and counts every operation, runs JMH, prints
 * one table and drops the schema. JMH's own output goes to {@code target/benchmarks/jmh-*.log}.
 */
public final class Main {
    /**
     * How long to measure. JMH: each round runs every benchmark in one fork per system, the systems in another
     * order each round, so that what else the machine does at a given moment falls on every system alike. Then the
     * interleaved runs ({@link Interleaved}).
     *
     * @param rounds JMH rounds, each one fork per benchmark and system
     * @param integrationRounds the first rounds that also run the integration systems in JMH (the CDI + JTA
     *     comparison); none in the short profile, which keeps to 10 minutes and times them interleaved only
     * @param warmups warm-up iterations per fork
     * @param iterations measured iterations per fork
     * @param seconds of each iteration
     * @param interleavedWarmupMillis the interleaved warm-up of each system, per operation
     * @param slices interleaved slices per system and operation
     * @param sliceMillis of each slice
     */
    private record Profile(
            String name,
            int rounds,
            int integrationRounds,
            int warmups,
            int iterations,
            int seconds,
            long interleavedWarmupMillis,
            int slices,
            long sliceMillis) {
        static Profile of(String name) {
            return switch (name) {
                case "short" -> new Profile(name, 2, 0, 2, 2, 1, 700, 6, 200);
                case "long" -> new Profile(name, 3, 3, 3, 4, 2, 3000, 20, 500);
                default -> throw new IllegalArgumentException("No profile " + name + ": short or long");
            };
        }

        /**
         * Minutes for {@code forks} JMH forks (about 2 s each to start and set up) and the interleaved runs of
         * {@code operations} operations on {@code systems} systems (about 1 s per slice round to clean up).
         */
        long minutes(int forks, int operations, int systems) {
            double jmh = forks * ((warmups + iterations) * (seconds + 0.3) + 2);
            double interleaved =
                    operations * (systems * (interleavedWarmupMillis + slices * sliceMillis) / 1000.0 + slices);
            return Math.round((jmh + interleaved) / 60.0);
        }
    }

    private Main() {}

    public static void main(String[] args) throws Exception {
        Profile profile = Profile.of("short");
        Pattern only = Pattern.compile(".*");
        List<String> systems = Systems.ALL;
        boolean gc = true;
        boolean jmh = true;
        boolean countsOnly = false;
        String profiler = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "short", "long" -> profile = Profile.of(args[i]);
                case "--only" -> only = Pattern.compile(args[++i]);
                case "--systems" -> systems = Arrays.asList(args[++i].split(","));
                case "--no-gc" -> gc = false;
                case "--no-jmh" -> jmh = false;
                case "--counts" -> countsOnly = true;
                case "--prof" -> profiler = args[++i];
                default ->
                    throw new IllegalArgumentException("Unknown argument " + args[i] + ": expected short|long,"
                            + " --only REGEX, --systems " + String.join(",", Systems.ALL)
                            + ", --no-gc, --no-jmh, --counts, --prof JMH-PROFILER");
            }
        }
        Path out = Path.of("target", "benchmarks");
        Files.createDirectories(out);
        for (String property : Systems.narayanaProperties()) {
            int equals = property.indexOf('=');
            System.setProperty(property.substring(0, equals), property.substring(equals + 1));
        }
        Database database = Database.fromEnvironment();
        database.create();
        try {
            System.err.println("Checking every operation on " + systems + " and counting statements...");
            Pattern countedOperations = only;
            List<Operation> checked = countsOnly
                    ? Arrays.stream(Operation.values())
                            .filter(operation -> countedOperations
                                    .matcher(operation.benchmark)
                                    .find())
                            .toList()
                    : List.of(Operation.values());
            Checks.Counted counted = Checks.run(database, systems, checked, countsOnly);
            Files.writeString(out.resolve("wire.md"), Report.wireDetails(counted.wire()));
            if (countsOnly) {
                String table =
                        new Report(List.of(), List.of(), counted, Map.of()).countsTable(header(database, profile));
                Files.writeString(out.resolve("counts.md"), table);
                System.out.println(table);
                return;
            }
            Pattern selected = only;
            List<String> operations = Arrays.stream(Operation.values())
                    .map(operation -> operation.benchmark)
                    .filter(name -> selected.matcher(name).find())
                    .toList();
            List<String> variants = systems.contains(Systems.JDBC)
                    ? JdbcVariants.BENCHMARKS.stream()
                            .filter(name -> selected.matcher(name).find())
                            .toList()
                    : List.of();
            List<String> core = systems.stream().filter(Systems.CORE::contains).toList();
            List<String> integration =
                    systems.stream().filter(Systems.INTEGRATION::contains).toList();
            List<String> integrationOperations = IntegrationContender.OPERATIONS.stream()
                    .map(operation -> operation.benchmark)
                    .filter(operations::contains)
                    .toList();
            List<String> included = new ArrayList<>();
            if (!operations.isEmpty() && !core.isEmpty()) {
                included.add(Operations.class.getName() + "\\.(" + String.join("|", operations) + ")$");
            }
            if (!variants.isEmpty()) {
                included.add(JdbcVariants.class.getName() + "\\.(" + String.join("|", variants) + ")$");
            }
            int forks = profile.rounds() * (operations.size() * core.size() + variants.size())
                    + profile.integrationRounds() * integrationOperations.size() * integration.size();
            List<String> allocationProfiled = gc
                    ? Report.ALLOCATION_PROFILED.keySet().stream()
                            .map(operation -> operation.benchmark)
                            .filter(operations::contains)
                            .toList()
                    : List.of();
            boolean profileGc = jmh && !allocationProfiled.isEmpty();
            int gcForks = 2 * allocationProfiled.size();
            System.err.printf(
                    "Running %d JMH forks (%s profile: %d rounds, each %d x %d s warm-up and %d x %d s measured per"
                            + " fork), then the interleaved runs: about %d minutes; JMH's logs: %s%n",
                    forks + gcForks,
                    profile.name(),
                    profile.rounds(),
                    profile.warmups(),
                    profile.seconds(),
                    profile.iterations(),
                    profile.seconds(),
                    profile.minutes(forks + gcForks, operations.size(), systems.size()),
                    out.resolve("jmh-*.log"));
            List<List<RunResult>> timed = new ArrayList<>();
            for (int round = 0; jmh && round < profile.rounds(); round++) {
                List<RunResult> thisRound = new ArrayList<>();
                timed.add(thisRound);
                if (!included.isEmpty()) {
                    List<String> order = order(core, round);
                    ChainedOptionsBuilder options = options(profile, database, out, "round-" + (round + 1))
                            .param("system", order.toArray(String[]::new));
                    included.forEach(options::include);
                    System.err.printf("Round %d of %d: %s%n", round + 1, profile.rounds(), order);
                    thisRound.addAll(run(withProfiler(options, profiler)));
                }
                if (!integration.isEmpty() && !integrationOperations.isEmpty() && round < profile.integrationRounds()) {
                    // the integration systems run only insert_one and find_by_id: a JMH run of their own
                    List<String> order = order(integration, round);
                    ChainedOptionsBuilder options = options(
                                    profile, database, out, "round-" + (round + 1) + "-integration")
                            .param("system", order.toArray(String[]::new))
                            .include(Operations.class.getName() + "\\.(" + String.join("|", integrationOperations)
                                    + ")$");
                    System.err.printf("Round %d of %d: %s%n", round + 1, profile.rounds(), order);
                    thisRound.addAll(run(withProfiler(options, profiler)));
                }
            }
            Collection<RunResult> profiled = List.of();
            if (profileGc) {
                System.err.println("Allocation of " + allocationProfiled + " (-prof gc)");
                profiled = run(options(profile, database, out, "gc")
                        .include(Operations.class.getName() + "\\.(" + String.join("|", allocationProfiled) + ")$")
                        .param("system", Systems.JDBC, Systems.TOASTY)
                        .addProfiler(GCProfiler.class));
            }
            List<Operation> selectedOperations = Arrays.stream(Operation.values())
                    .filter(operation -> operations.contains(operation.benchmark))
                    .toList();
            System.err.println("Interleaved: every system in turn, in one JVM");
            Map<Operation, Map<String, Interleaved.Timing>> interleaved = new Interleaved(database)
                    .run(
                            selectedOperations,
                            systems,
                            profile.interleavedWarmupMillis(),
                            profile.slices(),
                            profile.sliceMillis());
            StringBuilder slices = new StringBuilder("operation\tsystem\tmicros/op\tcpu micros/op\n");
            interleaved.forEach(
                    (operation, bySystem) -> bySystem.forEach((system, timing) -> slices.append(String.format(
                            Locale.ROOT,
                            "%s\t%s\t%.1f\t%.1f%n",
                            operation.benchmark,
                            system,
                            timing.micros(),
                            timing.cpuMicros()))));
            Files.writeString(out.resolve("interleaved.tsv"), slices);
            String table = new Report(timed, profiled, counted, interleaved).table(header(database, profile));
            Files.writeString(out.resolve("results.md"), table);
            System.out.println(table);
        } finally {
            database.drop();
        }
    }

    /** The systems in the order of {@code round}: forward, backward, then shifted by one, and so on. */
    private static List<String> order(List<String> systems, int round) {
        List<String> order = new ArrayList<>(systems);
        Collections.rotate(order, round / 2);
        if (round % 2 == 1) {
            Collections.reverse(order);
        }
        return order;
    }

    private static ChainedOptionsBuilder withProfiler(ChainedOptionsBuilder options, String profiler) {
        if (profiler == null) {
            return options;
        }
        int colon = profiler.indexOf(':');
        return colon < 0
                ? options.addProfiler(profiler)
                : options.addProfiler(profiler.substring(0, colon), profiler.substring(colon + 1));
    }

    private static ChainedOptionsBuilder options(Profile profile, Database database, Path out, String name) {
        List<String> jvm = new ArrayList<>(List.of("-Xms1g", "-Xmx1g"));
        jvm.addAll(List.of(database.jvmArguments()));
        Systems.narayanaProperties().forEach(property -> jvm.add("-D" + property));
        return new OptionsBuilder()
                .forks(1)
                .warmupIterations(profile.warmups())
                .warmupTime(TimeValue.seconds(profile.seconds()))
                .measurementIterations(profile.iterations())
                .measurementTime(TimeValue.seconds(profile.seconds()))
                .jvmArgs(jvm.toArray(String[]::new))
                .shouldFailOnError(true)
                .output(out.resolve("jmh-" + name + ".log").toString())
                .result(out.resolve("jmh-" + name + ".json").toString())
                .resultFormat(ResultFormatType.JSON);
    }

    private static Collection<RunResult> run(ChainedOptionsBuilder options) throws RunnerException {
        return new Runner(options.build()).run();
    }

    private static String header(Database database, Profile profile) throws SQLException, IOException {
        String postgres;
        try (Connection connection = database.connect()) {
            postgres = connection.getMetaData().getDatabaseProductVersion();
        }
        String cpu = "unknown CPU";
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (Files.isReadable(cpuinfo)) {
            cpu = Files.readAllLines(cpuinfo).stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst()
                    .orElse(cpu);
        }
        return String.format(
                "Toasty vs raw JDBC vs Hibernate ORM %s, %s profile: PostgreSQL %s, JDK %s, %d cores (%s),"
                        + " Agroal pool of %d, pgjdbc %s",
                org.hibernate.Version.getVersionString(),
                profile.name(),
                postgres,
                Runtime.version(),
                Runtime.getRuntime().availableProcessors(),
                cpu,
                Database.POOL_SIZE,
                org.postgresql.util.DriverInfo.DRIVER_VERSION);
    }
}
