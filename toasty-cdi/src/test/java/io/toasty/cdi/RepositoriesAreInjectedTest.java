package io.toasty.cdi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.toasty.Repository;
import io.toasty.Toasty;
import io.toasty.cdi.testing.Deployment;
import io.toasty.model.Auto;
import io.toasty.model.Key;
import io.toasty.model.Model;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.TestDatabase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The application injects the repository of each model and the Toasty, with no producer of its own. */
@DatabaseTest
class RepositoriesAreInjectedTest {
    private final TestDatabase db;

    RepositoriesAreInjectedTest(TestDatabase db) {
        this.db = db;
    }

    @Model
    public static class Customer {
        @Key
        @Auto
        Long id;

        String name;

        public Customer() {}

        Customer(String name) {
            this.name = name;
        }
    }

    @Model
    public record Tag(@Key String label, int uses) {}

    @ApplicationScoped
    public static class Shop {
        @Inject
        Repository<Customer> customers;

        @Inject
        Repository<Tag> tags;

        @Inject
        Toasty toasty;

        Long register(String name) {
            return customers.insert(new Customer(name)).id;
        }

        String nameOf(Long id) {
            return customers.get(id).name;
        }

        void tag(String label, int uses) {
            tags.insert(new Tag(label, uses));
        }

        int usesOf(String label) {
            return tags.get(label).uses();
        }

        Toasty toasty() {
            return toasty;
        }

        Class<?> customersModel() {
            return customers.model();
        }
    }

    @ApplicationScoped
    public static class Reports {
        private final Repository<Customer> customers;

        @Inject
        Reports(Repository<Customer> customers) {
            this.customers = customers;
        }

        List<String> names() {
            return customers.query().list().stream().map(c -> c.name).sorted().toList();
        }
    }

    private Deployment deployment() {
        return Deployment.of(getClass())
                .dataSource(db.dataSource())
                .config("toasty.schema-management", "create")
                .beans(Shop.class, Reports.class);
    }

    @Test
    void aBeanWritesAndAnotherReads() {
        try (Deployment.Running app = deployment().start()) {
            Shop shop = app.get(Shop.class);
            Long id = shop.register("Ada");
            shop.register("Grace");
            shop.tag("vip", 2);

            assertEquals(List.of("Ada", "Grace"), app.get(Reports.class).names());
            assertEquals("Ada", shop.nameOf(id));
            assertEquals(2, shop.usesOf("vip"));
        }
    }

    @Test
    void theToastyIsOnePerDatabaseAndKnowsEveryModel() {
        try (Deployment.Running app = deployment().start()) {
            Toasty toasty = app.get(Toasty.class);
            assertSame(toasty, app.get(Shop.class).toasty());
            assertEquals(db.isH2() ? "H2" : "PostgreSQL", toasty.database());
            assertEquals(Customer.class, app.get(Shop.class).customersModel());
            assertEquals(0, toasty.repository(Tag.class).count());
        }
    }
}
