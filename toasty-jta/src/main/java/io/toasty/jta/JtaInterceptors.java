package io.toasty.jta;

import io.toasty.jta.internal.NoSilentRollbackInterceptor;
import io.toasty.jta.internal.ReadOnlyTransactionInterceptor;
import io.toasty.jta.internal.RetryOnConflictInterceptor;
import io.toasty.jta.internal.SavepointScopeInterceptor;
import io.toasty.jta.internal.TransactionIsolationInterceptor;
import io.toasty.jta.internal.TransactionTimeoutInterceptor;
import io.toasty.jta.internal.TransactionTimeoutRecorder;
import java.util.List;

/**
 * The interceptors behind this module's bindings, for whoever deploys them: a portable extension adds them in
 * {@code BeforeBeanDiscovery} ({@code addAnnotatedType}), a Weld SE container with {@code addBeanClasses}. The jar has
 * no {@code beans.xml}, so nothing is deployed twice. Each is {@code @Priority}-enabled for the whole application:
 *
 * <table>
 *   <caption>Interceptor priorities, around the platform's {@code @Transactional} at {@code PLATFORM_BEFORE + 200}</caption>
 *   <tr><th>priority</th><th>binding</th><th>why there</th></tr>
 *   <tr><td>{@code PLATFORM_BEFORE + 100}</td><td>{@link RetryOnConflict}</td>
 *       <td>outside the transaction, so that each attempt is a new one</td></tr>
 *   <tr><td>{@code PLATFORM_BEFORE + 190}</td><td>{@link TransactionTimeout}</td>
 *       <td>sets the manager's timeout before the transaction begins</td></tr>
 *   <tr><td>{@code PLATFORM_BEFORE + 195}</td><td>{@link SavepointScope}</td>
 *       <td>in the caller's transaction; sees whether {@code @Transactional} marked it as an exception left</td></tr>
 *   <tr><td>{@code PLATFORM_BEFORE + 201}</td><td>{@link NoSilentRollback}</td>
 *       <td>first inside the transaction: sees what everything inside left</td></tr>
 *   <tr><td>{@code PLATFORM_BEFORE + 205}</td><td>{@link TransactionIsolation}, {@link ReadOnlyTransaction},
 *       {@link TransactionTimeout}</td><td>inside the transaction, before any Toasty session starts</td></tr>
 * </table>
 *
 * <p>They need the {@code TransactionSynchronizationRegistry} as a bean ({@link TransactionTimeout} also the
 * {@code TransactionManager}), and {@link SavepointScope} sees every {@code Toasty} bean ({@code @Any}).
 */
public final class JtaInterceptors {
    private static final List<Class<?>> CLASSES = List.of(
            RetryOnConflictInterceptor.class,
            TransactionTimeoutInterceptor.class,
            NoSilentRollbackInterceptor.class,
            TransactionIsolationInterceptor.class,
            ReadOnlyTransactionInterceptor.class,
            TransactionTimeoutRecorder.class,
            SavepointScopeInterceptor.class);

    private JtaInterceptors() {}

    /** Every interceptor class of this module. */
    public static List<Class<?>> classes() {
        return CLASSES;
    }
}
