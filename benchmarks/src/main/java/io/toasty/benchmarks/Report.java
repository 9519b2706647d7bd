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
    private final Map<String, Double> medians = new HashMap<>();
    private final Map<String, Double> allocations = new HashMap<>();
    private final Map<Operation, Map<String, String>> statements;
    private final Map<Operation, Map<String, Interleaved.Timing>> interleaved;

    Report(
            Collection<RunResult> timed,
            Collection<RunResult> profiled,
            Map<Operation, Map<String, String>> statements,
            Map<Operation, Map<String, Interleaved.Timing>> interleaved) {
        this.statements = statements;
        this.interleaved = interleaved;
        Map<String, List<Double>> iterationMedians = new HashMap<>();
        for (RunResult result : timed) {
            for (BenchmarkResult fork : result.getBenchmarkResults()) {
                for (IterationResult iteration : fork.getIterationResults()) {
                    iterationMedians
                            .computeIfAbsent(key(result), k -> new ArrayList<>())
                            .add(iteration.getPrimaryResult().getStatistics().getPercentile(50));
                }
            }
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
        if (!allocations.isEmpty()) {
            String jdbc = Operation.FIND_MANY_100.benchmark + "/" + Systems.JDBC;
            String toasty = Operation.FIND_MANY_100.benchmark + "/" + Systems.TOASTY;
            lines.add(String.format(
                    Locale.ROOT,
                    "| find_many_100: bytes allocated per operation (-prof gc) | %s | %s | %s | | | | | |",
                    number(allocations.get(jdbc), "B"),
                    number(allocations.get(toasty), "B"),
                    ratio(allocations.get(toasty), allocations.get(jdbc))));
        }
        lines.add("");
        lines.add("JDBC, Toasty, Hibernate: JMH, the median of the per-iteration medians of sampled times, over every"
                + " round (one fork per system and round). Interleaved: every system in turn in one JVM, in short"
                + " slices, the median over the slices of the time and of the client thread's CPU per operation;"
                + " steadier on a shared machine. Ratios above 1 are slower than JDBC. (1) Toasty has no GROUP BY"
                + " yet: it runs one count() per age decade, 0 to 99 (" + ToastyContender.DECADES + " statements),"
                + " which PostgreSQL answers from the age index: not the same query. (2) Toasty has no relations"
                + " yet: two queries, the users then their posts by id, as JDBC does by hand; Hibernate uses a fetch"
                + " join. (3) In one transaction; Toasty's updateAll runs in a savepoint (SAVEPOINT and RELEASE)."
                + " Statements: single statements + batched ones.");
        return String.join("\n", lines) + "\n";
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
                        Systems.ALL.stream()
                                .map(system -> counts.getOrDefault(system, "-"))
                                .toList());
        lines.add(String.format(
                Locale.ROOT,
                "| %s | %s | %s | %s | %s | %s | %s | %s | %s |",
                name,
                number(jdbc, "µs"),
                number(toasty, "µs"),
                ratio(toasty, jdbc),
                number(hibernate, "µs"),
                ratio(hibernate, jdbc),
                interleavedRatios(slices, Systems.TOASTY, jdbcSystem),
                interleavedRatios(slices, Systems.HIBERNATE, jdbcSystem),
                sent));
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
