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

/**
 * Sets the timeout on the transaction manager just before {@code @Transactional} begins the transaction, and sets the
 * thread back to the default when the method ends. {@link TransactionTimeoutRecorder}, inside, does the rest.
 */
@TransactionTimeout(seconds = 1)
@Interceptor
@Priority(Priorities.TIMEOUT_BEFORE_BEGIN)
public final class TransactionTimeoutInterceptor implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The transaction active before {@code @Transactional} ran, so the recorder can tell whether it began one. */
    static final String TRANSACTION_BEFORE = TransactionTimeoutInterceptor.class.getName() + ".transactionBefore";

    @Inject
    TransactionManager manager;

    @Inject
    TransactionSynchronizationRegistry registry;

    @AroundInvoke
    Object setTimeout(InvocationContext context) throws Exception {
        int seconds = Invocations.binding(context, TransactionTimeout.class).seconds();
        if (seconds < 1) {
            throw new IllegalArgumentException("@TransactionTimeout(seconds = " + seconds + ") on "
                    + Invocations.describe(context) + ": the timeout must be at least 1 second");
        }
        Object before = registry.getTransactionKey();
        context.getContextData().put(TRANSACTION_BEFORE, before == null ? NoTransaction.INSTANCE : before);
        manager.setTransactionTimeout(seconds);
        try {
            return context.proceed();
        } finally {
            manager.setTransactionTimeout(0);
        }
    }

    /** Stands for "no transaction" in the context data, which may not hold null everywhere. */
    enum NoTransaction {
        INSTANCE
    }
}
