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
 * Before anything is timed: runs every operation on every system once, checks that they all compute the same
 * result, and counts the statements each sends.
 */
final class Checks {
    /** What Toasty promises to send: the preload in two statements, however many rows; the count per group in one. */
    private static final Map<Operation, String> TOASTY_STATEMENTS =
            Map.of(Operation.PRELOAD_100X10, "2", Operation.COUNT_GROUP, "1");

    private Checks() {}

    /**
     * The statements each operation sent, by operation and system.
     *
     * @throws IllegalStateException when a system's result differs from JDBC's
     */
    static Map<Operation, Map<String, String>> run(Database database, List<String> systems) {
        Map<Operation, Map<String, String>> counts = new EnumMap<>(Operation.class);
        Map<Operation, String> expected = new EnumMap<>(Operation.class);
        for (String system : systems) {
            StatementCounter counter = new StatementCounter();
            try (AgroalDataSource pool = Systems.pool(system, database);
                    Contender contender = Systems.open(system, counter.wrap(pool))) {
                for (Operation operation : Operation.values()) {
                    if (!Systems.runs(system, operation)) {
                        continue;
                    }
                    database.deleteInsertedUsers();
                    // the first run warms caches and may look up metadata; the second is counted
                    operation.run(contender, 1);
                    counter.takeCounts();
                    Object output = operation.run(contender, 1);
                    String result = operation == Operation.INSERT_ONE
                            ? ((Long) output > Database.USERS ? "an id" : "a wrong id " + output)
                            : fingerprint(output);
                    String sent = counter.takeCounts();
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
        }
        return counts;
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
