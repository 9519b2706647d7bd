package io.toasty.jta.internal;

import io.toasty.TransactionException;
import io.toasty.jta.RetryOnConflict;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** Runs a method again, each time in a new transaction, while it fails with a serialization failure or deadlock. */
@RetryOnConflict
@Interceptor
@Priority(Priorities.RETRY)
public final class RetryOnConflictInterceptor implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final System.Logger LOG = System.getLogger("io.toasty.jta");

    @Inject
    TransactionSynchronizationRegistry registry;

    @AroundInvoke
    Object retry(InvocationContext context) throws Exception {
        RetryOnConflict retry = Invocations.binding(context, RetryOnConflict.class);
        check(retry, context);
        if (registry.getTransactionStatus() != Status.STATUS_NO_TRANSACTION && !beginsItsOwn(context)) {
            throw new TransactionException(Invocations.describe(context) + " is @RetryOnConflict but was called inside"
                    + " a JTA transaction that it does not begin: a serialization failure or deadlock dooms that"
                    + " whole transaction, so running only this method again cannot succeed. Put @RetryOnConflict on"
                    + " the method that begins the transaction, or make this one @Transactional(REQUIRES_NEW)");
        }
        List<Exception> earlier = new ArrayList<>();
        for (int attempt = 1; ; attempt++) {
            try {
                return context.proceed();
            } catch (Exception failure) {
                if (!Conflicts.retryable(failure) || attempt >= retry.attempts()) {
                    earlier.forEach(failure::addSuppressed);
                    throw failure;
                }
                long wait = backoff(retry, attempt);
                LOG.log(
                        System.Logger.Level.DEBUG,
                        "{0} failed with a conflict on attempt {1} of {2}; retrying in {3} ms: {4}",
                        Invocations.describe(context),
                        attempt,
                        retry.attempts(),
                        wait,
                        failure.toString());
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    earlier.forEach(failure::addSuppressed);
                    failure.addSuppressed(interrupted);
                    throw failure;
                }
                earlier.add(failure);
            }
        }
    }

    /** Exponential, with "equal jitter": half the wait is fixed, the other half random, so retries spread out. */
    static long backoff(RetryOnConflict retry, int attempt) {
        long max = retry.maxBackoffMillis();
        long wait = Math.min(retry.backoffMillis(), max);
        for (int i = 1; i < attempt && wait < max; i++) {
            wait = wait > max / 2 ? max : wait * 2;
        }
        long half = wait / 2;
        return half + (wait - half == 0 ? 0 : ThreadLocalRandom.current().nextLong(wait - half + 1));
    }

    /** Whether the method begins a transaction of its own even when one is active. */
    private static boolean beginsItsOwn(InvocationContext context) {
        Transactional transactional = Invocations.transactional(context);
        return transactional != null
                && (transactional.value() == Transactional.TxType.REQUIRES_NEW
                        || transactional.value() == Transactional.TxType.NOT_SUPPORTED);
    }

    private static void check(RetryOnConflict retry, InvocationContext context) {
        String problem = null;
        if (retry.attempts() < 1) {
            problem = "attempts must be at least 1, not " + retry.attempts();
        } else if (retry.backoffMillis() < 0) {
            problem = "backoffMillis must not be negative, not " + retry.backoffMillis();
        } else if (retry.maxBackoffMillis() < retry.backoffMillis()) {
            problem = "maxBackoffMillis (" + retry.maxBackoffMillis() + ") must not be less than backoffMillis ("
                    + retry.backoffMillis() + ")";
        }
        if (problem != null) {
            throw new IllegalArgumentException("@RetryOnConflict on " + Invocations.describe(context) + ": " + problem);
        }
    }
}
