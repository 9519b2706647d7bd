package io.toasty.cdi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.toasty.MappingException;
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
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two databases: the default one, and "orders", whose DataSource carries {@code @Database("orders")}. A model goes to
 * "orders" by the configuration ({@code toasty.database.orders.models}) or by its own annotation; the others stay in
 * the default database.
 */
@DatabaseTest
class TwoDatabasesTest {
    private final TestDatabase db;
    private final JdbcDataSource orders = new JdbcDataSource();

    TwoDatabasesTest(TestDatabase db) {
        this.db = db;
        orders.setURL("jdbc:h2:mem:orders_" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        orders.setUser("sa");
    }

    @AfterEach
    void dropOrders() throws SQLException {
        try (Connection connection = orders.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        }
    }

    @Model
    public record Customer(@Key String email) {}

    /** In "orders" by configuration. */
    @Model
    public static class Purchase {
        @Key
        @Auto
        Long id;

        String item;

        public Purchase() {}

        Purchase(String item) {
            this.item = item;
        }
    }

    /** In "orders" by its annotation. */
    @Model
    @Database("orders")
    public record Shipment(@Key String tracking) {}

    @ApplicationScoped
    public static class Store {
        @Inject
        Repository<Customer> customers;

        @Inject
        Repository<Purchase> purchases;

        @Inject
        @Database("orders")
        Repository<Shipment> shipments;

        @Inject
        Toasty main;

        @Inject
        @Database("orders")
        Toasty orders;

        void sell(String email, String item, String tracking) {
            customers.insert(new Customer(email));
            purchases.insert(new Purchase(item));
            shipments.insert(new Shipment(tracking));
        }

        Toasty main() {
            return main;
        }

        Toasty orders() {
            return orders;
        }
    }

    @Test
    void eachModelIsWrittenToItsDatabase() throws SQLException {
        try (Deployment.Running app = Deployment.of(getClass())
                .dataSource(db.dataSource())
                .dataSource("orders", orders)
                .config("toasty.database.orders.models", Purchase.class.getCanonicalName())
                .config("toasty.schema-management", "create")
                .beans(Store.class)
                .start()) {
            app.get(Store.class).sell("ada@example.com", "lamp", "TRK-1");

            assertEquals(List.of("customers"), tables(db.dataSource()));
            assertEquals(List.of("purchases", "shipments"), tables(orders));
            assertEquals(1, count(orders, "purchases"));
        }
    }

    @Test
    void eachDatabaseHasItsOwnToasty() {
        try (Deployment.Running app = Deployment.of(getClass())
                .dataSource(db.dataSource())
                .dataSource("orders", orders)
                .config("toasty.database.orders.models", Purchase.class.getCanonicalName())
                .beans(Store.class)
                .start()) {
            Store store = app.get(Store.class);
            assertNotSame(store.main(), store.orders());
            assertEquals("H2", store.orders().database());
            assertEquals(store.orders(), app.get(Toasty.class, Database.Literal.of("orders")));
            MappingException notThere =
                    assertThrows(MappingException.class, () -> store.main().repository(Purchase.class));
            assertEquals(
                    Purchase.class.getName() + " is not a model of this Toasty: add it with"
                            + " Toasty.builder(dataSource).models(Purchase.class, ...)",
                    notThere.getMessage());
        }
    }

    private static List<String> tables(DataSource dataSource) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                ResultSet rows =
                        connection.getMetaData().getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                tables.add(rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return tables.stream().sorted().toList();
    }

    private static long count(DataSource dataSource, String table) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM \"" + table + "\"")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
