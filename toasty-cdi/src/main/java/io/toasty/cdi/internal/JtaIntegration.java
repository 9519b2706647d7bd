package io.toasty.cdi.internal;

import io.toasty.Toasty;
import io.toasty.ToastyException;
import io.toasty.jta.JtaInterceptors;
import io.toasty.jta.JtaTransactionIntegration;
import io.toasty.jta.NoSilentRollback;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.AnnotatedType;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.configurator.AnnotatedTypeConfigurator;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * JTA, with {@code toasty-jta}: every Toasty joins the JTA transaction of its thread through the container's
 * {@link TransactionSynchronizationRegistry} bean, toasty-jta's interceptors are deployed, and every
 * {@code @Transactional} method gets {@link NoSilentRollback}, so that a transaction Toasty had to doom never ends in a
 * silent success.
 */
final class JtaIntegration implements Integration {
    @Override
    public List<Class<?>> interceptors() {
        return JtaInterceptors.classes();
    }

    @Override
    public void processAnnotatedType(ProcessAnnotatedType<?> event) {
        AnnotatedType<?> type = event.getAnnotatedType();
        boolean onType = type.isAnnotationPresent(Transactional.class);
        boolean onMethods =
                type.getMethods().stream().anyMatch(method -> method.isAnnotationPresent(Transactional.class));
        if ((!onType && !onMethods) || type.isAnnotationPresent(NoSilentRollback.class)) {
            return;
        }
        AnnotatedTypeConfigurator<?> configurator = event.configureAnnotatedType();
        if (onType) {
            configurator.add(NoSilentRollback.Literal.INSTANCE);
        } else {
            configurator
                    .filterMethods(method -> method.isAnnotationPresent(Transactional.class)
                            && !method.isAnnotationPresent(NoSilentRollback.class))
                    .forEach(method -> method.add(NoSilentRollback.Literal.INSTANCE));
        }
    }

    @Override
    public Optional<AutoCloseable> configure(Toasty.Builder builder, Instance<Object> beans) {
        Instance<TransactionSynchronizationRegistry> registries =
                beans.select(TransactionSynchronizationRegistry.class);
        if (!registries.isResolvable()) {
            throw new ToastyException("toasty-jta is on the class path, but there is no"
                    + " TransactionSynchronizationRegistry bean: add the transaction manager's CDI integration (such as"
                    + " narayana-jta's, which application servers and Quarkus have), or remove toasty-jta");
        }
        JtaTransactionIntegration jta = new JtaTransactionIntegration(registries.get());
        // no statement listener: toasty-jta learns why Toasty dooms a transaction from the doom itself, and a Toasty
        // without listeners builds no event per statement
        builder.transactionIntegration(jta);
        return Optional.empty();
    }
}
