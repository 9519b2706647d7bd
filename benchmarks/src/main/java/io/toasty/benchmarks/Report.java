package io.toasty.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/** The one table: operation by system, median time per operation, ratio to raw JDBC, and statements sent. */
final class Report {
    /** The operations whose allocation is measured (JMH's gc profiler), with the rows each maps. */
    static final Map<Operation, Integer> ALLOCATION_PROFILED = new java.util.EnumMap<>(Map.of(
            Operation.FIND_BY_ID,
            1,
            Operation.FIND_MANY_100,
            100,
            Operation.PRELOAD_100X10,
            100 + 100 * Database.POSTS_PER_USER));

    private final Map<String, Double> medians = new HashMap<>();
    /** Per JMH round, the median of each benchmark's iteration medians in that round's fork. */
    private final List<Map<String, Double>> roundMedians = new ArrayList<>();

    private final Map<String, Double> allocations = new HashMap<>();
    private final Map<Operation, Map<String, String>> statements;
    private final Map<Operation, Map<String, Wire.Counts>> wire;
    private final Map<Operation, Map<String, double[]>> allocated;
    private final Map<Operation, Map<String, Interleaved.Timing>> interleaved;

    /**
     * @param rounds the timed JMH results, round by round (one fork per benchmark and system in each)
     * @param profiled the allocation runs
     */
    Report(
            List<? extends Collection<RunResult>> rounds,
            Collection<RunResult> profiled,
            Checks.Counted counted,
            Map<Operation, Map<String, Interleaved.Timing>> interleaved) {
        this.statements = counted.statements();
        this.wire = counted.wire();
        this.allocated = counted.allocated();
        this.interleaved = interleaved;
        Map<String, List<Double>> iterationMedians = new HashMap<>();
        for (Collection<RunResult> round : rounds) {
            Map<String, List<Double>> inRound = new HashMap<>();
            for (RunResult result : round) {
                for (BenchmarkResult fork : result.getBenchmarkResults()) {
                    for (IterationResult iteration : fork.getIterationResults()) {
                        double median =
                                iteration.getPrimaryResult().getStatistics().getPercentile(50);
                        iterationMedians
                                .computeIfAbsent(key(result), k -> new ArrayList<>())
                                .add(median);
                        inRound.computeIfAbsent(key(result), k -> new ArrayList<>())
                                .add(median);
                    }
                }
            }
            Map<String, Double> roundMedian = new HashMap<>();
            inRound.forEach((key, values) -> roundMedian.put(key, median(values)));
            roundMedians.add(roundMedian);
        }
        iterationMedians.forEach((key, values) -> medians.put(key, median(values)));
        for (RunResult result : profiled) {
            Result<?> allocated = result.getSecondaryResults().get("gc.alloc.rate.norm");
            if (allocated != null) {
                allocations.put(key(result), allocated.getScore());
            }
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /** {@code find_by_id/toasty}, or {@code bulk_insert_1000_values} for a JDBC variant. */
    private static String key(RunResult result) {
        String benchmark = result.getParams().getBenchmark();
        String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
        String system = result.getParams().getParam("system");
        return system == null ? method : method + "/" + system;
    }

    String table(String header) {
        List<String> lines = new ArrayList<>();
        lines.add(header);
        lines.add("");
        lines.add("| operation | JDBC | Toasty | Toasty / JDBC | Hibernate | Hibernate / JDBC"
                + " | interleaved, Toasty / JDBC: time, CPU | interleaved, Hibernate / JDBC: time, CPU"
                + " | statements: JDBC / Toasty / Hibernate |");
        lines.add("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
        for (Operation operation : Operation.values()) {
            String name = operation.benchmark
                    + switch (operation) {
                        case COUNT_GROUP -> " (1)";
                        case PRELOAD_100X10 -> " (2)";
                        case BULK_UPDATE_1000_LOAD_SAVE -> " (3)";
                        default -> "";
                    };
            row(lines, name, operation, Systems.JDBC, operation.benchmark + "/" + Systems.JDBC);
            if (operation == Operation.BULK_INSERT_1000) {
                row(
                        lines,
                        "bulk_insert_1000 against JDBC's one multi-row INSERT ... RETURNING",
                        operation,
                        Interleaved.JDBC_VALUES,
                        JdbcVariants.BENCHMARKS.get(0));
                row(
                        lines,
                        "bulk_insert_1000 against JDBC's one INSERT ... SELECT FROM unnest(arrays) RETURNING",
                        operation,
                        Interleaved.JDBC_UNNEST,
                        JdbcVariants.BENCHMARKS.get(1));
            }
        }
        for (Operation operation : ALLOCATION_PROFILED.keySet()) {
            Double jdbc = allocations.get(operation.benchmark + "/" + Systems.JDBC);
            Double toasty = allocations.get(operation.benchmark + "/" + Systems.TOASTY);
            if (jdbc == null && toasty == null) {
                continue;
            }
            int rows = ALLOCATION_PROFILED.get(operation);
            lines.add(String.format(
                    Locale.ROOT,
                    "| %s: bytes allocated per operation (-prof gc); Toasty's extra per mapped row | %s | %s | %s"
                            + " | | | %s | | |",
                    operation.benchmark,
                    number(jdbc, "B"),
                    number(toasty, "B"),
                    ratio(toasty, jdbc),
                    jdbc == null || toasty == null
                            ? "-"
                            : String.format(Locale.ROOT, "%+.1f B per row (%d rows)", (toasty - jdbc) / rows, rows)));
        }
        lines.add("");
        lines.add("JDBC, Toasty, Hibernate: JMH, the median of the per-iteration medians of sampled times, over every"
                + " round (one fork per system and round); in brackets, the lowest and highest ratio among the rounds,"
                + " each round's forks compared on their own (how far the machine moved between forks). Interleaved: every system in turn in one JVM, in short"
                + " slices, the median over the slices of the time and of the client thread's CPU per operation;"
                + " steadier on a shared machine. Ratios above 1 are slower than JDBC. (1) Toasty: select(...)"
                + ".groupBy(User_.age.dividedBy(10)), the same GROUP BY as JDBC's. (2) Toasty: include(User_.posts),"
                + " the users then all their posts by the users' keys as one array (checked: 2 statements); JDBC"
                + " writes the same two queries by hand; Hibernate uses a fetch join. (3) In one transaction; Toasty's updateAll runs in a savepoint (SAVEPOINT and RELEASE)."
                + " Statements: single statements + batched ones.");
        integrationTable(lines);
        wireTable(lines);
        return String.join("\n", lines) + "\n";
    }

    /** Only what {@code --counts} measures: the table of what goes over the wire, with the allocation per call. */
    String countsTable(String header) {
        List<String> lines = new ArrayList<>();
        lines.add(header);
        wireTable(lines);
        return String.join("\n", lines) + "\n";
    }

    /** The second table: what the CDI + JTA path costs over the core path and over JDBC in JTA, on its operations. */
    private void integrationTable(List<String> lines) {
        List<String> rows = new ArrayList<>();
        for (Operation operation : IntegrationContender.OPERATIONS) {
            String key = operation.benchmark + "/";
            Double toasty = medians.get(key + Systems.TOASTY);
            Double tx = medians.get(key + Systems.TOASTY_TX);
            Double cdi = medians.get(key + Systems.TOASTY_CDI_JTA);
            Double jdbcJta = medians.get(key + Systems.JDBC_JTA);
            Double jdbcCdi = medians.get(key + Systems.JDBC_CDI_JTA);
            Map<String, Interleaved.Timing> slices = interleaved.getOrDefault(operation, Map.of());
            if (tx == null && cdi == null && jdbcJta == null && !slices.containsKey(Systems.TOASTY_CDI_JTA)) {
                continue;
            }
            Map<String, String> counts = statements.getOrDefault(operation, Map.of());
            Map<String, Wire.Counts> sent = wire.getOrDefault(operation, Map.of());
            List<String> systems = List.of(
                    Systems.TOASTY, Systems.TOASTY_TX, Systems.TOASTY_CDI_JTA, Systems.JDBC_JTA, Systems.JDBC_CDI_JTA);
            rows.add(String.format(
                    Locale.ROOT,
                    "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |",
                    operation.benchmark,
                    number(toasty, "µs"),
                    number(tx, "µs"),
                    number(cdi, "µs"),
                    number(jdbcJta, "µs"),
                    number(jdbcCdi, "µs"),
                    ratio(cdi, tx) + rounds(key + Systems.TOASTY_CDI_JTA, key + Systems.TOASTY_TX),
                    interleavedRatios(slices, Systems.TOASTY_CDI_JTA, Systems.TOASTY_TX),
                    ratio(cdi, jdbcJta) + rounds(key + Systems.TOASTY_CDI_JTA, key + Systems.JDBC_JTA),
                    interleavedRatios(slices, Systems.TOASTY_CDI_JTA, Systems.JDBC_JTA),
                    ratio(cdi, jdbcCdi) + rounds(key + Systems.TOASTY_CDI_JTA, key + Systems.JDBC_CDI_JTA),
                    interleavedRatios(slices, Systems.TOASTY_CDI_JTA, Systems.JDBC_CDI_JTA),
                    interleavedRatios(slices, Systems.TOASTY_TX, Systems.TOASTY),
                    String.join(
                            " / ",
                            systems.stream()
                                    .map(system -> counts.getOrDefault(system, "-"))
                                    .toList()),
                    String.join(
                            " / ",
                            systems.stream()
                                    .map(system -> sent.containsKey(system)
                                            ? sent.get(system)
                                                    .format(sent.get(system).roundTrips())
                                            : "-")
                                    .toList())));
        }
        if (rows.isEmpty()) {
            return;
        }
        lines.add("");
        lines.add("| operation | Toasty (autocommit) | Toasty in toasty.transaction | CDI + JTA (@Transactional)"
                + " | JDBC + JTA (UserTransaction) | JDBC in @Transactional | CDI + JTA / Toasty in a transaction"
                + " | interleaved, CDI + JTA / Toasty in a transaction: time, CPU | CDI + JTA / JDBC + JTA"
                + " | interleaved, CDI + JTA / JDBC + JTA: time, CPU | CDI + JTA / JDBC in @Transactional"
                + " | interleaved, CDI + JTA / JDBC in @Transactional: time, CPU"
                + " | interleaved, Toasty in a transaction / autocommit: time, CPU"
                + " | statements: Toasty / in a transaction / CDI + JTA / JDBC + JTA / JDBC in @Transactional"
                + " | round trips: Toasty / in a transaction / CDI + JTA / JDBC + JTA / JDBC in @Transactional |");
        lines.add(
                "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |");
        lines.addAll(rows);
        lines.add("");
        lines.add("CDI + JTA: a @Transactional method of an @ApplicationScoped bean calling an injected"
                + " Repository<User>, on Weld SE, Narayana and an Agroal pool enlisting its connections (the same"
                + " size). JDBC + JTA: the same statement written by hand between Narayana's UserTransaction begin()"
                + " and commit(), on the same kind of enlisting pool, without Toasty or CDI: CDI + JTA / JDBC + JTA"
                + " is what Toasty and CDI add to the JTA stack. JDBC in @Transactional: that statement in a"
                + " @Transactional method of a bean of the same container (same interceptors, same pool kind):"
                + " CDI + JTA / JDBC in @Transactional is Toasty's own share. A JTA transaction has a BEGIN (sent with the first"
                + " statement) and a COMMIT round trip, which Toasty's autocommit does without: the core path it is"
                + " compared with runs the same unit of work in toasty.transaction(...). Statements count what went"
                + " through JDBC statements (COMMIT is not one); round trips are counted in pgjdbc's protocol log"
                + " (Sync messages: the BEGIN travels with the first statement), per call, after "
                + Checks.WARM_UP_CALLS + " warm-up calls.");
    }

    /**
     * The third table: what each operation sends and receives per call, by system, from pgjdbc's protocol log.
     * Independent of the machine's load.
     */
    private void wireTable(List<String> lines) {
        List<String> systems = wire.values().stream()
                .flatMap(bySystem -> bySystem.keySet().stream())
                .distinct()
                .toList();
        if (systems.isEmpty()) {
            return;
        }
        lines.add("");
        lines.add("| operation | " + String.join(" | ", systems) + " |");
        lines.add("| --- |" + " --- |".repeat(systems.size()));
        wire.forEach((operation, bySystem) -> {
            List<String> cells = new ArrayList<>();
            for (String system : systems) {
                Wire.Counts counts = bySystem.get(system);
                double[] bytes = allocated.getOrDefault(operation, Map.of()).get(system);
                cells.add((counts == null ? "" : wireCell(counts))
                        + (bytes == null
                                ? ""
                                : String.format(Locale.ROOT, "; %,.0f B allocated, %.1f µs CPU", bytes[0], bytes[1])));
            }
            lines.add("| " + operation.benchmark + " | " + String.join(" | ", cells) + " |");
        });
        lines.add("");
        lines.add("Over the wire, per call, from pgjdbc's protocol log after " + Checks.WARM_UP_CALLS
                + " warm-up calls, over " + Checks.COUNTED_CALLS + ": round trips (Sync messages, each"
                + " waited for; a BEGIN travels with the statement after it); statements parsed (unnamed: parsed and planned by the server on each call; named: prepared"
                + " on the server once per connection; none once a statement is server-prepared); rows received and"
                + " their bytes per row; with --counts, the bytes the calling thread allocated per call once warm"
                + " (ThreadMXBean, after 3 s of calls, over 1 s), and its CPU time per call (which depends on the"
                + " machine's load, though less than the time does). target/benchmarks/wire.md lists the statement"
                + " texts.");
    }

    private static String wireCell(Wire.Counts counts) {
        String parsed = counts.unnamedParses() + counts.namedParses() == 0
                ? "0 parsed"
                : counts.format(counts.unnamedParses() + counts.namedParses()) + " parsed"
                        + (counts.namedParses() > 0 ? " (" + counts.format(counts.namedParses()) + " named)" : "");
        String rows = counts.dataRows() == 0
                ? "0 rows"
                : String.format(
                        Locale.ROOT,
                        "%s rows, %.1f B/row",
                        counts.format(counts.dataRows()),
                        (double) counts.rowBytes() / counts.dataRows());
        String roundTrips = counts.format(counts.roundTrips());
        return roundTrips + (roundTrips.equals("1") ? " round trip; " : " round trips; ") + parsed + "; " + rows;
    }

    /** The statement texts each operation sent, by system: written beside the results as wire.md. */
    static String wireDetails(Map<Operation, Map<String, Wire.Counts>> wire) {
        StringBuilder text = new StringBuilder("# Statements per call, from pgjdbc's protocol log\n");
        wire.forEach((operation, bySystem) -> bySystem.forEach((system, counts) -> {
            text.append("\n## ")
                    .append(operation.benchmark)
                    .append(" on ")
                    .append(system)
                    .append("\n\n");
            text.append(wireCell(counts))
                    .append("; ")
                    .append(counts.format(counts.binds()))
                    .append(" executed (Bind), ")
                    .append(counts.format(counts.simpleQueries()))
                    .append(" simple queries\n\n");
            text.append("Prepared or executed through JDBC:\n\n");
            texts(text, counts.prepared(), counts.calls());
            text.append("\nParsed by the server, or sent as simple queries:\n\n");
            texts(text, counts.texts(), counts.calls());
        }));
        return text.toString();
    }

    private static void texts(StringBuilder text, Map<String, Integer> texts, int calls) {
        texts.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> text.append("- ")
                .append(String.format(Locale.ROOT, "%.2f", (double) entry.getValue() / calls))
                .append(" x `")
                .append(entry.getKey().length() > 300 ? entry.getKey().substring(0, 300) + "..." : entry.getKey())
                .append("`\n"));
    }

    /** One row: the JMH medians with ratios to {@code jdbcKey}, and the interleaved ratios to {@code jdbcSystem}. */
    private void row(List<String> lines, String name, Operation operation, String jdbcSystem, String jdbcKey) {
        Double jdbc = medians.get(jdbcKey);
        Double toasty = medians.get(operation.benchmark + "/" + Systems.TOASTY);
        Double hibernate = medians.get(operation.benchmark + "/" + Systems.HIBERNATE);
        Map<String, Interleaved.Timing> slices = interleaved.getOrDefault(operation, Map.of());
        if (jdbc == null && toasty == null && hibernate == null && slices.isEmpty()) {
            return;
        }
        Map<String, String> counts = jdbcSystem.equals(Systems.JDBC) ? statements.get(operation) : null;
        String sent = counts == null
                ? ""
                : String.join(
                        " / ",
                        Systems.CORE.stream()
                                .map(system -> counts.getOrDefault(system, "-"))
                                .toList());
        lines.add(String.format(
                Locale.ROOT,
                "| %s | %s | %s | %s | %s | %s | %s | %s | %s |",
                name,
                number(jdbc, "µs"),
                number(toasty, "µs"),
                ratio(toasty, jdbc) + rounds(operation.benchmark + "/" + Systems.TOASTY, jdbcKey),
                number(hibernate, "µs"),
                ratio(hibernate, jdbc) + rounds(operation.benchmark + "/" + Systems.HIBERNATE, jdbcKey),
                interleavedRatios(slices, Systems.TOASTY, jdbcSystem),
                interleavedRatios(slices, Systems.HIBERNATE, jdbcSystem),
                sent));
    }

    /**
     * The lowest and highest ratio of {@code key} to {@code referenceKey} among the JMH rounds, each round's forks
     * taken on their own, as {@code " (0.95–1.12)"}; empty with fewer than two rounds. How far apart they are is how
     * far the machine moved between forks, which the overall ratio cannot show.
     */
    private String rounds(String key, String referenceKey) {
        List<Double> ratios = new ArrayList<>();
        for (Map<String, Double> round : roundMedians) {
            Double value = round.get(key);
            Double reference = round.get(referenceKey);
            if (value != null && reference != null && reference != 0) {
                ratios.add(value / reference);
            }
        }
        if (ratios.size() < 2) {
            return "";
        }
        return String.format(
                Locale.ROOT,
                " (%.2f–%.2f)",
                ratios.stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
                ratios.stream().mapToDouble(Double::doubleValue).max().orElseThrow());
    }

    private static String interleavedRatios(Map<String, Interleaved.Timing> slices, String system, String reference) {
        Interleaved.Timing timing = slices.get(system);
        Interleaved.Timing base = slices.get(reference);
        if (timing == null || base == null) {
            return "-";
        }
        return ratio(timing.micros(), base.micros()) + ", " + ratio(timing.cpuMicros(), base.cpuMicros());
    }

    private static String number(Double value, String unit) {
        if (value == null || value.isNaN()) {
            return "-";
        }
        return value >= 100
                ? String.format(Locale.ROOT, "%,.0f %s", value, unit)
                : String.format(Locale.ROOT, "%.1f %s", value, unit);
    }

    private static String ratio(Double value, Double reference) {
        if (value == null || reference == null || reference == 0) {
            return "-";
        }
        return String.format(Locale.ROOT, "%.2f", value / reference);
    }
}
