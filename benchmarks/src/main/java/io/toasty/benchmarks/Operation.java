package io.toasty.benchmarks;

/**
 * The benchmarked operations, each with the inputs it takes from a sequence number: every system gets the same
 * inputs in the same order. The names are the JMH benchmark names.
 */
enum Operation {
    INSERT_ONE("insert_one", "one user inserted in its own transaction, id returned") {
        @Override
        Object run(Contender contender, int sequence) {
            return contender.insertOne(sequence);
        }
    },
    BULK_INSERT_1000("bulk_insert_1000", "1,000 users inserted in one transaction, ids returned") {
        @Override
        Object run(Contender contender, int sequence) {
            return contender.bulkInsert(sequence * 1000, 1000);
        }
    },
    FIND_BY_ID("find_by_id", "one user by key") {
        @Override
        Object run(Contender contender, int sequence) {
            return contender.findById(1 + (sequence * 7919L) % Database.USERS);
        }
    },
    FIND_MANY_100("find_many_100", "100 users by a condition, ordered") {
        @Override
        Object run(Contender contender, int sequence) {
            return contender.findMany(18 + sequence % 32, 100);
        }
    },
    BULK_UPDATE_1000_SET("bulk_update_1000_set", "1,000 users updated by one set-based statement") {
        @Override
        Object run(Contender contender, int sequence) {
            long from = 1 + (sequence % 99) * 1000L;
            return contender.updateSetBased(from, from + 999);
        }
    },
    BULK_UPDATE_1000_LOAD_SAVE(
            "bulk_update_1000_load_save", "1,000 users loaded, changed and saved in one transaction") {
        @Override
        Object run(Contender contender, int sequence) {
            long from = 1 + (sequence % 99) * 1000L;
            return contender.updateLoadModifySave(from, from + 999);
        }
    },
    PRELOAD_100X10("preload_100x10", "100 users with their 10 posts each") {
        @Override
        Object run(Contender contender, int sequence) {
            long from = 1 + (sequence % (Database.USERS_WITH_POSTS / 100)) * 100L;
            return contender.preload(from, from + 99);
        }
    },
    PAGE_KEYSET("page_keyset", "a page of 20 users after a key deep in 100,000 rows") {
        @Override
        Object run(Contender contender, int sequence) {
            return contender.pageKeyset(Database.USERS / 2 + (sequence * 7919L) % (Database.USERS / 2 - 1000), 20);
        }
    },
    COUNT_GROUP("count_group", "users counted per age decade") {
        @Override
        Object run(Contender contender, int sequence) {
            return contender.countGroup();
        }
    };

    final String benchmark;
    final String description;

    Operation(String benchmark, String description) {
        this.benchmark = benchmark;
        this.description = description;
    }

    abstract Object run(Contender contender, int sequence);
}
