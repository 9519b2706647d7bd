package io.toasty.benchmarks.cdi;

import io.toasty.benchmarks.model.User;

/** What the CDI + JTA systems call: one {@code @Transactional} method per operation, each one JTA transaction. */
public interface Users {
    /** Inserts {@code user}; returns its generated id. */
    long insert(User user);

    /** The user with this id, or null. */
    User find(long id);
}
