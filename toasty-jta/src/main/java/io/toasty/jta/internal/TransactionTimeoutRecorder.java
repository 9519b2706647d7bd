package io.toasty.jta.internal;

import io.toasty.jta.TransactionTimeout;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.Serializable;
import java.time.Duration;

/**
 * Right after {@code @Transactional} began the transaction under the timeout {@link TransactionTimeoutInterceptor}
 * set: sets the thread back to the default timeout, so that transactions the method begins do not inherit it, and
 * tells Toasty the time the transaction has.
 */
@TransactionTimeout(seconds = 1)
@Interceptor
@Priority(Priorities.TRANSACTION_OPTIONS)
public final class TransactionTimeoutRecorder implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    TransactionManager manager;

    @Inject
    TransactionSynchronizationRegistry registry;

    @AroundInvoke
    Object record(InvocationContext context) throws Exception {
        manager.setTransactionTimeout(0);
        TransactionTimeout timeout = Invocations.binding(context, TransactionTimeout.class);
        String requester =
                "@TransactionTimeout(seconds = " + timeout.seconds() + ") on " + Invocations.describe(context);
        TransactionState state = TransactionState.require(registry, requester);
        Object before = context.getContextData().get(TransactionTimeoutInterceptor.TRANSACTION_BEFORE);
        if (before != null && !before.equals(registry.getTransactionKey())) {
            state.begunWithTimeout(Duration.ofSeconds(timeout.seconds()));
        }
        return context.proceed();
    }
}
