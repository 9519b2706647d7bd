package io.toasty.jta.internal;

import io.toasty.Isolation;
import io.toasty.jta.TransactionIsolation;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.Serializable;

/** Stores the isolation level a method asks for in its transaction, before Toasty's first statement there. */
@TransactionIsolation(Isolation.DEFAULT)
@Interceptor
@Priority(Priorities.TRANSACTION_OPTIONS)
public final class TransactionIsolationInterceptor implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    TransactionSynchronizationRegistry registry;

    @AroundInvoke
    Object isolate(InvocationContext context) throws Exception {
        Isolation level =
                Invocations.binding(context, TransactionIsolation.class).value();
        String requester = "@TransactionIsolation(" + level + ") on " + Invocations.describe(context);
        TransactionState.require(registry, requester).requireIsolation(level, requester);
        return context.proceed();
    }
}
