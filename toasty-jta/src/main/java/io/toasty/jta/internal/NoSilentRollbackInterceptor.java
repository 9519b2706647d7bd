package io.toasty.jta.internal;

import io.toasty.TransactionException;
import io.toasty.jta.NoSilentRollback;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.Serializable;
import java.util.Optional;

/**
 * Turns "returned normally from a transaction Toasty doomed" into an exception, while the transaction is still marked:
 * {@code @Transactional}, just outside, then rolls back as it would anyway and lets the exception reach the caller.
 */
@NoSilentRollback
@Interceptor
@Priority(Priorities.NO_SILENT_ROLLBACK)
public final class NoSilentRollbackInterceptor implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    TransactionSynchronizationRegistry registry;

    @AroundInvoke
    Object check(InvocationContext context) throws Exception {
        Object result = context.proceed();
        if (registry.getTransactionStatus() == Status.STATUS_MARKED_ROLLBACK) {
            Optional<TransactionState> state = TransactionState.find(registry);
            Optional<String> cause = state.flatMap(TransactionState::doomCause);
            if (cause.isPresent()) {
                throw new TransactionException(
                        Invocations.describe(context) + " returned normally, but its JTA transaction can only roll"
                                + " back, so nothing it wrote will be committed: " + cause.get()
                                + ", and the exception was caught. "
                                + state.get().doomAdvice(),
                        state.flatMap(TransactionState::failure).orElse(null));
            }
        }
        return result;
    }
}
