package io.toasty.jta;

import com.arjuna.ats.jta.cdi.TransactionExtension;
import io.toasty.Toasty;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.inject.Singleton;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

/**
 * A Weld SE container for one test: Narayana's CDI extension (the transaction manager, the registry and
 * {@code @Transactional}), the interceptors of toasty-jta, the test's beans, and its Toasty and JTA pool as beans.
 * Discovery is off, so nothing else is deployed.
 */
final class Container implements AutoCloseable {
    private final WeldContainer weld;

    Container(JtaDatabase jta, Toasty toasty, Class<?>... beans) {
        this(jta, toasty, null, beans);
    }

    /** With a second Toasty, {@link Second}, as an application with two would have. */
    Container(JtaDatabase jta, Toasty toasty, Toasty second, Class<?>... beans) {
        this.weld = new Weld("toasty-jta-" + UUID.randomUUID())
                .disableDiscovery()
                .property("org.jboss.weld.se.shutdownHook", false)
                .addExtension(new TransactionExtension())
                .addExtension(new Resources(toasty, second, jta))
                .addBeanClasses(JtaInterceptors.classes().toArray(Class<?>[]::new))
                .addBeanClasses(beans)
                .initialize();
    }

    <T> T bean(Class<T> type) {
        return weld.select(type).get();
    }

    @Override
    public void close() {
        weld.shutdown();
    }

    /** The test's Toasty and pool as beans, as toasty-cdi and the application would provide them. */
    static final class Resources implements Extension {
        private final Toasty toasty;
        private final Toasty second;
        private final JtaDatabase jta;

        Resources(Toasty toasty, Toasty second, JtaDatabase jta) {
            this.toasty = toasty;
            this.second = second;
            this.jta = jta;
        }

        void addBeans(@Observes AfterBeanDiscovery event) {
            event.addBean()
                    .types(Toasty.class, Object.class)
                    .scope(Singleton.class)
                    .createWith(context -> toasty);
            if (second != null) {
                event.addBean()
                        .types(Toasty.class, Object.class)
                        .qualifiers(Second.Literal.INSTANCE, Any.Literal.INSTANCE)
                        .scope(Singleton.class)
                        .createWith(context -> second);
            }
            event.addBean()
                    .types(DataSource.class, Object.class)
                    .scope(Singleton.class)
                    .createWith(context -> jta.dataSource);
            event.addBean()
                    .types(JtaDatabase.class, Object.class)
                    .scope(Singleton.class)
                    .createWith(context -> jta);
        }
    }
}
