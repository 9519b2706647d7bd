package io.toasty.benchmarks;

import io.agroal.api.AgroalDataSource;
import io.toasty.benchmarks.jpa.UserEntity;
import io.toasty.benchmarks.model.User;
import io.toasty.benchmarks.model.UserWithPosts;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Before anything is timed: runs every operation on every system, checks that they all compute the same result,
 * and counts the statements each sends and what goes over the wire ({@link Wire}).
 */
final class Checks {
    /** What Toasty promises to send: the preload in two statements, however many rows; the count per group in one. */
    private static final Map<Operation, String> TOASTY_STATEMENTS =
            Map.of(Operation.PRELOAD_100X10, "2", Operation.COUNT_GROUP, "1");

    /** Calls of each operation before counting: past pgjdbc's prepareThreshold (5), so statements are prepared. */
    static final int WARM_UP_CALLS = 8;
    /** Calls of each operation counted; the counts are given per call. */
    static final int COUNTED_CALLS = Integer.getInteger("wire.calls", 4);

    /**
     * What each operation sent, by operation and system.
     *
     * @param statements JDBC statements run on their own and batches, per call
     * @param wire what went over the wire per call, from pgjdbc's protocol log
     * @param allocated bytes the calling thread allocated per call, once warm, and its CPU microseconds per call;
     *     empty unless asked for
     */
    record Counted(
            Map<Operation, Map<String, String>> statements,
            Map<Operation, Map<String, Wire.Counts>> wire,
            Map<Operation, Map<String, double[]>> allocated) {}

    /** How long each operation runs before its allocation is measured, so that the JIT has compiled it. */
    private static final long ALLOCATION_WARM_UP_NANOS = Long.getLong("counts.warmup.ms", 3000) * 1_000_000;

    private static final long ALLOCATION_NANOS = Long.getLong("counts.measure.ms", 1000) * 1_000_000;

    private Checks() {}

    /**
     * Checks every operation on every system and counts what it sends, after {@link #WARM_UP_CALLS} calls, over
     * {@link #COUNTED_CALLS} calls.
     *
     * @throws IllegalStateException when a system's result differs from JDBC's
     */
    static Counted run(Database database, List<String> systems, List<Operation> operations, boolean allocation) {
        Map<Operation, Map<String, String>> counts = new EnumMap<>(Operation.class);
        Map<Operation, Map<String, double[]>> allocated = new EnumMap<>(Operation.class);
        Map<Operation, Map<String, Wire.Counts>> wire = new EnumMap<>(Operation.class);
        Map<Operation, String> expected = new EnumMap<>(Operation.class);
        Wire protocol = new Wire();
        for (String system : systems) {
            StatementCounter counter = new StatementCounter();
            try (AgroalDataSource pool = Systems.pool(system, database);
                    Contender contender = Systems.open(system, counter.wrap(pool))) {
                for (Operation operation : operations) {
                    if (!Systems.runs(system, operation)) {
                        continue;
                    }
                    database.deleteInsertedUsers();
                    Object output = operation.run(contender, 1);
                    String result = operation == Operation.INSERT_ONE
                            ? ((Long) output > Database.USERS ? "an id" : "a wrong id " + output)
                            : fingerprint(output);
                    // the first calls warm caches, look up metadata and get statements server-prepared
                    for (int call = 2; call <= WARM_UP_CALLS; call++) {
                        operation.run(contender, call);
                    }
                    counter.takeCounts();
                    counter.takeTexts();
                    protocol.start();
                    try {
                        for (int call = 1; call <= COUNTED_CALLS; call++) {
                            operation.run(contender, WARM_UP_CALLS + call);
                        }
                    } finally {
                        wire.computeIfAbsent(operation, o -> new LinkedHashMap<>())
                                .put(system, protocol.stop(COUNTED_CALLS, counter.takeTexts()));
                    }
                    String sent = counter.takeCounts(COUNTED_CALLS);
                    counts.computeIfAbsent(operation, o -> new LinkedHashMap<>())
                            .put(system, sent);
                    String promised = TOASTY_STATEMENTS.get(operation);
                    if (system.equals(Systems.TOASTY) && promised != null && !promised.equals(sent)) {
                        throw new IllegalStateException(operation.benchmark + " on Toasty sent " + sent
                                + " statements, but it promises " + promised);
                    }
                    String reference = expected.putIfAbsent(operation, result);
                    if (reference != null && !reference.equals(result)) {
                        throw new IllegalStateException(operation.benchmark + " on " + system + " gave " + result
                                + ", but " + systems.get(0) + " gave " + reference);
                    }
                }
            }
            database.deleteInsertedUsers();
            if (allocation) {
                // on a pool of its own, not through the counting proxies, which allocate
                try (AgroalDataSource pool = Systems.pool(system, database);
                        Contender contender = Systems.open(system, pool)) {
                    for (Operation operation : operations) {
                        if (Systems.runs(system, operation)) {
                            allocated
                                    .computeIfAbsent(operation, o -> new LinkedHashMap<>())
                                    .put(system, allocatedPerCall(database, contender, operation));
                        }
                    }
                }
            }
        }
        return new Counted(counts, wire, allocated);
    }

    /**
     * Bytes the calling thread allocates per call of {@code operation}, after a warm-up long enough for the JIT: the
     * figure JMH's gc profiler gives as {@code gc.alloc.rate.norm}, without a fork per system. Counts only this
     * thread: what a transaction manager does on threads of its own is not in it.
     */
    private static double[] allocatedPerCall(Database database, Contender contender, Operation operation) {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        boolean writes = operation.benchmark.contains("insert") || operation.benchmark.contains("update");
        int sequence = 1000;
        long deadline = System.nanoTime() + ALLOCATION_WARM_UP_NANOS;
        while (System.nanoTime() < deadline) {
            operation.run(contender, ++sequence);
        }
        if (writes) {
            database.deleteInsertedUsers();
        }
        long thread = Thread.currentThread().getId();
        long calls = 0;
        long before = threads.getThreadAllocatedBytes(thread);
        long cpu = threads.getCurrentThreadCpuTime();
        deadline = System.nanoTime() + ALLOCATION_NANOS;
        while (System.nanoTime() < deadline) {
            operation.run(contender, ++sequence);
            calls++;
        }
        double cpuMicros = (threads.getCurrentThreadCpuTime() - cpu) / 1000.0 / calls;
        double bytes = (double) (threads.getThreadAllocatedBytes(thread) - before) / calls;
        if (writes) {
            database.deleteInsertedUsers();
        }
        return new double[] {bytes, cpuMicros};
    }

    /** What a result must have in common across systems: the ids of what was read, the number of what was written. */
    private static String fingerprint(Object result) {
        if (result instanceof long[] ids) {
            boolean increasing = true;
            for (int i = 1; i < ids.length; i++) {
                increasing &= ids[i] > ids[i - 1];
            }
            return ids.length + " ids" + (increasing && ids.length > 0 && ids[0] > Database.USERS ? "" : " (wrong)");
        }
        if (result instanceof List<?> list) {
            return list.stream().map(Checks::fingerprint).toList().toString();
        }
        if (result instanceof Map<?, ?> map) {
            return new TreeMap<>(map).toString();
        }
        if (result instanceof User user) {
            return user.getId() + " " + user.getEmail();
        }
        if (result instanceof UserEntity user) {
            return user.getId() + " " + user.getEmail()
                    + (org.hibernate.Hibernate.isInitialized(user.getPosts())
                            ? " with " + user.getPosts().size() + " posts"
                            : "");
        }
        if (result instanceof UserWithPosts loaded) {
            return fingerprint(loaded.user()) + " with " + loaded.posts().size() + " posts";
        }
        if (result instanceof Object[] array) {
            return Arrays.toString(array);
        }
        return String.valueOf(result);
    }
}
