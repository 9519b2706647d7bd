package io.toasty.benchmarks;

import java.util.List;
import java.util.Map;

/**
 * One system under test. Each method is one benchmarked operation, written as a user of that system would write
 * it, and returns what it read or wrote so that nothing is optimized away. Used by one thread at a time.
 */
interface Contender extends AutoCloseable {
    /** Inserts one user in its own transaction; returns its generated id. */
    long insertOne(int n);

    /** Inserts {@code count} users in one transaction; returns their generated ids, in order. */
    long[] bulkInsert(int n, int count);

    /** The user with this id, mapped to an object. */
    Object findById(long id);

    /** The first {@code limit} users of at least {@code minAge}, by id. */
    List<?> findMany(int minAge, int limit);

    /** Adds 1 to the score of the users with ids {@code from} to {@code to}, in one statement; returns the count. */
    long updateSetBased(long from, long to);

    /** Loads the users with ids {@code from} to {@code to}, adds 1 to each score and saves them, in one transaction. */
    long updateLoadModifySave(long from, long to);

    /** The users with ids {@code from} to {@code to}, each with its posts loaded. */
    List<?> preload(long from, long to);

    /** The page of {@code size} users after id {@code after}, by id. */
    List<?> pageKeyset(long after, int size);

    /** The number of users per age decade (age / 10). */
    Map<Integer, Long> countGroup();

    @Override
    void close();

    /** The email of the {@code n}-th inserted user: unique within a run, though nothing requires it. */
    static String email(int n) {
        return "new" + n + "@example.com";
    }

    static String name(int n) {
        return "New user " + n;
    }

    static int age(int n) {
        return 18 + n % 62;
    }
}
