package io.toasty.cdi.internal;

import io.toasty.Toasty;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An optional module wired into every {@link Toasty} the extension builds, when its classes are on the class path:
 * {@code toasty-jta}, {@code toasty-validation}. Each implementation is the only class that touches its module's
 * classes, and is loaded only after {@link #available} found them.
 */
interface Integration {
    /**
     * Adds the module to {@code builder}, with what it needs looked up in {@code beans}, at the time the Toasty is
     * built.
     *
     * @return what to close when the Toasty is destroyed, if anything
     */
    Optional<AutoCloseable> configure(Toasty.Builder builder, Instance<Object> beans);

    /** The interceptor classes the module needs deployed, which its jar does not deploy itself. */
    default List<Class<?>> interceptors() {
        return List.of();
    }

    /** Sees each type with an interceptor binding, to adjust its annotations before the container reads them. */
    default void processAnnotatedType(ProcessAnnotatedType<?> event) {}

    /** The integrations whose modules are on the class path, configured by {@code settings}. */
    static List<Integration> available(Settings settings, ClassLoader loader, List<String> problems) {
        List<Integration> integrations = new ArrayList<>();
        if (present(
                "io.toasty.jta.JtaTransactionIntegration", "jakarta.transaction.TransactionSynchronizationRegistry")) {
            integrations.add(new JtaIntegration());
        }
        if (present("io.toasty.validation.BeanValidationWriteListener", "jakarta.validation.Validator")) {
            ValidationIntegration.of(settings, loader, problems).ifPresent(integrations::add);
        }
        return integrations;
    }

    /** Whether every class named is visible to this module, without initializing any. */
    private static boolean present(String... classNames) {
        for (String className : classNames) {
            try {
                Class.forName(className, false, Integration.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                return false;
            }
        }
        return true;
    }
}
