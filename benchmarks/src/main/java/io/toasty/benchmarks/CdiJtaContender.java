package io.toasty.benchmarks;

import com.arjuna.ats.jta.cdi.TransactionExtension;
import io.toasty.benchmarks.cdi.JdbcUserService;
import io.toasty.benchmarks.cdi.UserService;
import io.toasty.benchmarks.cdi.Users;
import io.toasty.benchmarks.model.User;
import io.toasty.cdi.ToastyCdi;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.inject.Singleton;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

/**
 * Toasty as a Jakarta EE application uses it: a Weld SE container with Narayana's CDI extension (the transaction
 * manager and {@code @Transactional}) and toasty-cdi, which finds the models, joins toasty-jta to the transactions
 * and provides {@code Repository<User>}; the application's {@code DataSource} is an Agroal pool that enlists its
 * connections in Narayana's transactions. Each operation is a call of a {@code @Transactional} method of
 * {@link UserService}, or, for the JDBC system in the same container, of {@link JdbcUserService}. Only
 * {@code insert_one} and {@code find_by_id} are measured this way.
 */
final class CdiJtaContender extends IntegrationContender {
    private final WeldContainer weld;

    private final Users service;

    /**
     * @param dataSource a pool that enlists its connections in Narayana's transactions
     * @param service the bean to call: {@link UserService} (Toasty) or {@link JdbcUserService} (hand-written JDBC)
     */
    CdiJtaContender(DataSource dataSource, Class<? extends Users> service) {
        this.weld = new Weld("toasty-benchmarks-" + UUID.randomUUID())
                .disableDiscovery()
                .property("org.jboss.weld.se.shutdownHook", false)
                .addExtension(new TransactionExtension())
                .addExtension(ToastyCdi.extension())
                .addExtension(new ApplicationDataSource(dataSource))
                .addBeanClasses(service)
                .initialize();
        this.service = weld.select(service).get();
    }

    @Override
    public long insertOne(int n) {
        return service.insert(new User(Contender.email(n), Contender.name(n), Contender.age(n)));
    }

    @Override
    public Object findById(long id) {
        return service.find(id);
    }

    @Override
    public void close() {
        weld.shutdown();
    }

    /** The application's {@code DataSource} bean, which toasty-cdi builds Toasty on. */
    static final class ApplicationDataSource implements Extension {
        private final DataSource dataSource;

        ApplicationDataSource(DataSource dataSource) {
            this.dataSource = dataSource;
        }

        void addBean(@Observes AfterBeanDiscovery event) {
            event.addBean()
                    .types(DataSource.class, Object.class)
                    .scope(Singleton.class)
                    .createWith(context -> dataSource);
        }
    }
}
