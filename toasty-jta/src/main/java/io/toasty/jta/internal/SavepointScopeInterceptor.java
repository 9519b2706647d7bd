package io.toasty.jta.internal;

import io.toasty.Toasty;
import io.toasty.Transaction;
import io.toasty.TransactionException;
import io.toasty.jta.SavepointScope;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a method inside a savepoint of every Toasty session of its caller's JTA transaction: a
 * {@code toasty.transaction(...)} called inside a managed transaction is a savepoint on that transaction's session,
 * so the method runs nested in one such call per Toasty bean.
 */
@SavepointScope
@Interceptor
@Priority(Priorities.SAVEPOINT_SCOPE)
public final class SavepointScopeInterceptor implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    TransactionSynchronizationRegistry registry;

    @Inject
    @Any
    Instance<Toasty> toasties;

    @AroundInvoke
    Object inSavepoint(InvocationContext context) throws Exception {
        int status = registry.getTransactionStatus();
        if (status != Status.STATUS_ACTIVE && status != Status.STATUS_MARKED_ROLLBACK) {
            throw new TransactionException("@SavepointScope on " + Invocations.describe(context)
                    + " needs an active JTA transaction to keep when the method fails, but "
                    + (status == Status.STATUS_NO_TRANSACTION
                            ? "none is active on this thread"
                            : "the transaction of this thread is " + Statuses.name(status))
                    + ": call it from a @Transactional method");
        }
        try {
            return nested(toasties.stream().toList(), 0, context);
        } catch (Exception | Error thrown) {
            if (status == Status.STATUS_ACTIVE && registry.getTransactionStatus() == Status.STATUS_MARKED_ROLLBACK) {
                TransactionState state =
                        TransactionState.require(registry, "@SavepointScope on " + Invocations.describe(context));
                state.markedAsExceptionLeftSavepointScope(Invocations.describe(context), thrown);
                if (state.doomCause().isPresent()) {
                    thrown.addSuppressed(new TransactionException("The savepoint of " + Invocations.describe(context)
                            + " rolled back its writes, but its JTA transaction is now rollback-only: "
                            + state.doomCause().get() + ". " + state.doomAdvice()));
                }
            }
            throw thrown;
        }
    }

    private static Object nested(List<Toasty> all, int index, InvocationContext context) throws Exception {
        return nested(all, index, new ArrayList<>(), context);
    }

    /**
     * Sets the savepoint of Toasty number {@code index}, then the next one's, then runs the method. Toasties on one
     * pool share the connection the pool enlisted, so a statement of one that failed leaves the others' connection
     * aborted too, which only the failed session knows: with several, a failure caught in the method is turned into
     * an exception before any savepoint is released, and each scope rolls back to its savepoint on the way out.
     */
    private static Object nested(List<Toasty> all, int index, List<Scope> scopes, InvocationContext context)
            throws Exception {
        if (index == all.size()) {
            Object result = context.proceed();
            if (all.size() > 1 && scopes.stream().anyMatch(Scope::failedInside)) {
                throw new TransactionException("A statement failed inside the savepoint scope of "
                        + Invocations.describe(context) + " and its exception was caught; the scope's work was"
                        + " rolled back");
            }
            return result;
        }
        return all.get(index).transaction(transaction -> {
            scopes.add(new Scope(transaction, transaction.isRollbackOnly()));
            return nested(all, index + 1, scopes, context);
        });
    }

    /** One Toasty's savepoint scope, and whether its session was already doomed when the scope began. */
    private record Scope(Transaction transaction, boolean doomedBefore) {
        boolean failedInside() {
            return !doomedBefore && transaction.isRollbackOnly();
        }
    }
}
