package io.toasty.benchmarks;

import io.agroal.api.AgroalDataSource;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The same operations timed A/B/C in one JVM: every system gets a short slice in turn, in another order each time,
 * so that whatever else the machine does at a moment falls on all of them alike. JMH's forks run one system after
 * the other, minutes apart on a shared machine; these ratios are the steady ones. Each system has its own pool, of
 * the same size.
 */
final class Interleaved {
    /**
     * The median time and client CPU per operation, each over the slices.
     *
     * @param micros wall-clock microseconds per operation
     * @param cpuMicros CPU microseconds of the calling thread per operation
     */
    record Timing(double micros, double cpuMicros) {}

    /** The JDBC variants of bulk_insert_1000, as systems of their own for that operation. */
    static final String JDBC_VALUES = "jdbc-values";

    static final String JDBC_UNNEST = "jdbc-unnest";

    private final Database database;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    Interleaved(Database database) {
        this.database = database;
    }

    /** Times every operation on every system: a warm-up of each, then {@code slices} rounds of a slice each. */
    Map<Operation, Map<String, Timing>> run(
            List<Operation> operations, List<String> systems, long warmupMillis, int slices, long sliceMillis) {
        Map<Operation, Map<String, Timing>> timings = new EnumMap<>(Operation.class);
        Map<String, AgroalDataSource> pools = new LinkedHashMap<>();
        Map<String, Contender> contenders = new LinkedHashMap<>();
        try {
            for (String system : systems) {
                AgroalDataSource pool = Systems.pool(system, database);
                pools.put(system, pool);
                contenders.put(system, Systems.open(system, pool));
            }
            for (Operation operation : operations) {
                Map<String, Runnable> calls = calls(operation, contenders);
                for (Runnable call : calls.values()) {
                    runFor(call, warmupMillis);
                }
                cleanUpAfter(operation);
                Map<String, List<double[]>> samples = new HashMap<>();
                List<String> order = new ArrayList<>(calls.keySet());
                for (int slice = 0; slice < slices; slice++) {
                    Collections.rotate(order, 1);
                    if (slice % 2 == 1) {
                        Collections.reverse(order);
                    }
                    for (String system : order) {
                        samples.computeIfAbsent(system, s -> new ArrayList<>())
                                .add(runFor(calls.get(system), sliceMillis));
                    }
                    cleanUpAfter(operation);
                }
                Map<String, Timing> byName = new LinkedHashMap<>();
                samples.forEach((system, list) -> byName.put(system, new Timing(median(list, 0), median(list, 1))));
                timings.put(operation, byName);
            }
        } finally {
            contenders.values().forEach(Contender::close);
            pools.values().forEach(AgroalDataSource::close);
        }
        return timings;
    }

    private void cleanUpAfter(Operation operation) {
        if (operation.benchmark.contains("insert") || operation.benchmark.contains("update")) {
            // no checkpoint: whichever system it slows, the next slice puts another first
            database.cleanUp(false);
        }
    }

    /** The calls to time for an operation, by system: bulk_insert_1000 also has the JDBC variants. */
    private static Map<String, Runnable> calls(Operation operation, Map<String, Contender> contenders) {
        Map<String, Runnable> calls = new LinkedHashMap<>();
        contenders.forEach((system, contender) -> {
            if (!Systems.runs(system, operation)) {
                return;
            }
            int[] sequence = {0};
            calls.put(system, () -> operation.run(contender, ++sequence[0]));
        });
        if (operation == Operation.BULK_INSERT_1000 && contenders.get(Systems.JDBC) instanceof JdbcContender jdbc) {
            int[] values = {0};
            int[] unnest = {0};
            calls.put(JDBC_VALUES, () -> jdbc.bulkInsertValues(++values[0] * 1000, 1000));
            calls.put(JDBC_UNNEST, () -> jdbc.bulkInsertUnnest(++unnest[0] * 1000, 1000));
        }
        return calls;
    }

    /** Runs {@code call} for about {@code millis}; returns wall and CPU microseconds per call. */
    private double[] runFor(Runnable call, long millis) {
        long deadline = System.nanoTime() + millis * 1_000_000;
        long start = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        int calls = 0;
        do {
            call.run();
            calls++;
        } while (System.nanoTime() < deadline);
        return new double[] {
            (System.nanoTime() - start) / 1000.0 / calls, (threads.getCurrentThreadCpuTime() - cpu) / 1000.0 / calls
        };
    }

    private static double median(List<double[]> samples, int index) {
        List<Double> values =
                samples.stream().map(sample -> sample[index]).sorted().toList();
        int middle = values.size() / 2;
        return values.size() % 2 == 1 ? values.get(middle) : (values.get(middle - 1) + values.get(middle)) / 2;
    }
}
