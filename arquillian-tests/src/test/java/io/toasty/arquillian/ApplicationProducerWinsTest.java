package io.toasty.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.toasty.Repository;
import io.toasty.Toasty;
import io.toasty.arquillian.model.Account;
import io.toasty.arquillian.model.Entry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The application produces its own {@code Repository<Account>}: that one is injected, with no ambiguity, while the
 * extension still provides the repositories of the other models and the {@code Toasty} the application builds on.
 */
@ExtendWith(ArquillianExtension.class)
class ApplicationProducerWinsTest {
    @Deployment
    static JavaArchive deployment() {
        return Scenario.of(ApplicationProducerWinsTest.class, Repositories.class);
    }

    /** The application's producer: Toasty's repository of accounts, behind a decorator that counts the inserts. */
    @ApplicationScoped
    static class Repositories {
        private final AtomicInteger inserts = new AtomicInteger();

        int inserts() {
            return inserts.get();
        }

        @Produces
        @ApplicationScoped
        Repository<Account> accounts(Toasty toasty) {
            Repository<Account> repository = toasty.repository(Account.class);
            InvocationHandler counting = (proxy, method, arguments) -> {
                if (method.getName().startsWith("insert")) {
                    inserts.incrementAndGet();
                }
                try {
                    return method.invoke(repository, arguments);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            };
            @SuppressWarnings("unchecked")
            Repository<Account> decorated = (Repository<Account>) Proxy.newProxyInstance(
                    Repository.class.getClassLoader(), new Class<?>[] {Repository.class}, counting);
            return decorated;
        }
    }

    @Inject
    Repository<Account> accounts;

    @Inject
    Repository<Entry> entries;

    @Inject
    Repositories repositories;

    @Inject
    Postgres postgres;

    @Test
    void theApplicationsRepositoryIsTheOneInjected() throws SQLException {
        accounts.insert(new Account("ada", "Ada", 100));
        accounts.insertAll(List.of(new Account("alan", "Alan", 50), new Account("grace", "Grace", 75)));

        assertEquals(2, repositories.inserts(), "both inserts went through the application's repository");
        assertEquals(List.of("ada", "alan", "grace"), postgres.column("select id from accounts order by id"));
    }

    @Test
    void theExtensionStillProvidesTheOtherModelsRepositories() throws SQLException {
        entries.insert(Entry.of("ada", 100));

        assertEquals(List.of("ada"), postgres.column("select account from entries"));
    }
}
