package io.toasty.jta.internal;

import jakarta.interceptor.Interceptor;

/**
 * Where each interceptor runs relative to the platform's {@code @Transactional} interceptors, which Narayana and
 * Quarkus both give priority {@link #TRANSACTIONAL}. A lower priority runs first, that is, outside.
 */
final class Priorities {
    /** Narayana's and Quarkus' {@code @Transactional} interceptors: they begin and end the transaction. */
    static final int TRANSACTIONAL = Interceptor.Priority.PLATFORM_BEFORE + 200;

    /** Outside {@code @Transactional}, and outside the timeout, so that every attempt is a new transaction. */
    static final int RETRY = TRANSACTIONAL - 100;

    /** Just outside {@code @Transactional}: the timeout must be set on the manager before the transaction begins. */
    static final int TIMEOUT_BEFORE_BEGIN = TRANSACTIONAL - 10;

    /** First inside {@code @Transactional}: it sees what every inner interceptor and the method left. */
    static final int NO_SILENT_ROLLBACK = TRANSACTIONAL + 1;

    /** Inside {@code @Transactional}, where the transaction exists, and before any Toasty session starts. */
    static final int TRANSACTION_OPTIONS = TRANSACTIONAL + 5;

    /**
     * Just outside {@code @Transactional}, inside the timeout: the savepoint keeps the caller's transaction, and when
     * an exception leaves the method, it sees whether the method's own {@code @Transactional} marked that transaction.
     */
    static final int SAVEPOINT_SCOPE = TRANSACTIONAL - 5;

    private Priorities() {}
}
