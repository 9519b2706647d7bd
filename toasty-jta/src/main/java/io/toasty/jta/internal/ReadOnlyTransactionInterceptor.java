package io.toasty.jta.internal;

import io.toasty.jta.ReadOnlyTransaction;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.Serializable;

/** Makes the transaction of a method read-only for Toasty, before Toasty's first statement there. */
@ReadOnlyTransaction
@Interceptor
@Priority(Priorities.TRANSACTION_OPTIONS)
public final class ReadOnlyTransactionInterceptor implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    TransactionSynchronizationRegistry registry;

    @AroundInvoke
    Object readOnly(InvocationContext context) throws Exception {
        String requester = "@ReadOnlyTransaction on " + Invocations.describe(context);
        TransactionState.require(registry, requester).requireReadOnly(requester);
        return context.proceed();
    }
}
