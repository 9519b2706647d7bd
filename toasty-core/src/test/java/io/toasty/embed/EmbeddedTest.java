package io.toasty.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.toasty.Repository;
import io.toasty.Toasty;
import io.toasty.schema.ColumnDef;
import io.toasty.schema.IndexDef;
import io.toasty.schema.TableDef;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Embedded records: stored in their owner's table under prefixed columns, read back, queried and updated. */
@DatabaseTest
class EmbeddedTest {
    private static final String CUSTOMER_COLUMNS = "\"id\", \"name\", \"address_street\", \"address_city\","
            + " \"address_geo_lat\", \"address_geo_lng\", \"bill_street\", \"bill_city\", \"bill_geo_lat\","
            + " \"bill_geo_lng\"";

    private final TestDatabase db;
    private final Toasty toasty;
    private final Repository<Customer> customers;
    private final Repository<Place> places;

    EmbeddedTest(TestDatabase db) {
        this.db = db;
        this.toasty = db.toasty(Customer.class, Place.class);
        this.customers = toasty.repository(Customer.class);
        this.places = toasty.repository(Place.class);
    }

    private String onlyStatement() {
        List<String> statements = db.sqlLog().statements();
        assertEquals(1, statements.size(), statements.toString());
        db.sqlLog().clear();
        return statements.get(0);
    }

    @Test
    void anEmbeddedRecordIsStoredInPrefixedColumnsAndReadBack() throws SQLException {
        Customer ada = new Customer("Ada", new Address("Karl Johans gate 1", "Oslo", new Geo(59.91, 10.75)));
        customers.insert(ada);

        Customer read = customers.get(ada.id);
        assertEquals(new Address("Karl Johans gate 1", "Oslo", new Geo(59.91, 10.75)), read.address);
        assertNull(read.billing);
        try (Connection connection = db.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(
                        "SELECT \"address_city\", \"address_geo_lat\", \"bill_city\", \"bill_geo_lat\" FROM"
                                + " \"customers\"")) {
            assertTrue(row.next());
            assertEquals("Oslo", row.getString(1));
            assertEquals(59.91, row.getDouble(2));
            assertNull(row.getString(3));
            assertNull(row.getObject(4));
        }
    }

    @Test
    void conditionsAndOrderOnEmbeddedFieldsGoThroughTheMetamodel() {
        customers.insertAll(List.of(
                new Customer("Ada", new Address("Storgata 1", "Oslo", new Geo(59.9, 10.7))),
                new Customer("Bob", new Address("Torget 2", "Bergen", new Geo(60.4, 5.3))),
                new Customer("Cy", new Address("Dronningens gate 3", "Oslo", new Geo(59.95, 10.8))),
                new Customer("Dee", null)));

        List<Customer> inOslo = customers
                .query()
                .where(Customer_.address.city.eq("Oslo"))
                .orderBy(Customer_.address.geo.lat.desc())
                .list();
        assertEquals(List.of("Cy", "Ada"), inOslo.stream().map(c -> c.name).toList());
        assertEquals(
                1, customers.query().where(Customer_.address.geo.lng.lt(6.0)).count());
        assertEquals(
                List.of("Dee"),
                customers.query().where(Customer_.address.city.isNull()).list().stream()
                        .map(c -> c.name)
                        .toList());
    }

    @Test
    void updateWritesEveryComponentAndANullValueClearsThemAll() {
        Customer ada = customers.insert(new Customer("Ada", new Address("Storgata 1", "Oslo", new Geo(59.9, 10.7))));
        ada.address = new Address("Torget 2", "Bergen", null);
        ada.billing = new Address("Postboks 7", "Oslo", new Geo(1, 2));
        customers.update(ada);

        Customer read = customers.get(ada.id);
        assertEquals(new Address("Torget 2", "Bergen", null), read.address);
        assertEquals(new Address("Postboks 7", "Oslo", new Geo(1, 2)), read.billing);

        read.billing = null;
        customers.update(read);
        assertNull(customers.get(ada.id).billing);
    }

    @Test
    void aSetBasedUpdateSetsOneEmbeddedField() {
        customers.insertAll(List.of(
                new Customer("Ada", new Address("Storgata 1", "Kristiania", new Geo(59.9, 10.7))),
                new Customer("Bob", new Address("Torget 2", "Bergen", new Geo(60.4, 5.3)))));

        long touched = customers
                .query()
                .where(Customer_.address.city.eq("Kristiania"))
                .update(Customer_.address.city.set("Oslo"));

        assertEquals(1, touched);
        assertEquals(
                new Address("Storgata 1", "Oslo", new Geo(59.9, 10.7)),
                customers.query().where(Customer_.name.eq("Ada")).one().address);
    }

    @Test
    void aRecordModelEmbedsToo() {
        places.insert(new Place("OSL", new Geo(60.19, 11.1)));
        places.insert(new Place("NOWHERE", null));

        assertEquals(new Place("OSL", new Geo(60.19, 11.1)), places.get("OSL"));
        assertEquals(new Place("NOWHERE", null), places.get("NOWHERE"));
        assertEquals(
                List.of("OSL"),
                places.query().where(Place_.geo.lat.gt(60.0)).list().stream()
                        .map(Place::code)
                        .toList());
    }

    @Test
    void theSqlNamesThePrefixedColumns() {
        db.sqlLog().clear();
        Customer ada = customers.insert(new Customer("Ada", new Address("Storgata 1", "Oslo", new Geo(59.9, 10.7))));
        String columns = CUSTOMER_COLUMNS.substring("\"id\", ".length());
        assertEquals(
                "INSERT INTO \"customers\" (" + columns + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + (db.isPostgres() ? " RETURNING \"id\"" : ""),
                onlyStatement());
        customers
                .query()
                .where(Customer_.address.city.eq("Oslo"))
                .orderBy(Customer_.address.geo.lat.asc())
                .list();
        assertEquals(
                "SELECT " + CUSTOMER_COLUMNS + " FROM \"customers\" WHERE \"address_city\" = ? ORDER BY"
                        + " \"address_geo_lat\" ASC NULLS LAST",
                onlyStatement());
        customers.query().where(Customer_.id.eq(ada.id)).update(Customer_.billing.city.set("Oslo"));
        assertEquals("UPDATE \"customers\" SET \"bill_city\" = ? WHERE \"id\" = ?", onlyStatement());
    }

    @Test
    void theSchemaHasOneColumnPerComponent() {
        TableDef table = toasty.schema().definition().table("customers").orElseThrow();
        List<String> names = table.columns().stream().map(ColumnDef::name).toList();
        assertEquals(
                List.of(
                        "id",
                        "name",
                        "address_street",
                        "address_city",
                        "address_geo_lat",
                        "address_geo_lng",
                        "bill_street",
                        "bill_city",
                        "bill_geo_lat",
                        "bill_geo_lng"),
                names);
        ColumnDef lat = table.columns().get(4);
        assertTrue(lat.nullable(), "a component of a nullable embedded field accepts null, even a primitive");
        assertEquals(
                List.of(List.of("address_city", "name")),
                table.indexes().stream().map(IndexDef::columns).toList(),
                "an index names a component by its path");
        toasty.schema().validate();
        assertFalse(toasty.schema().createStatements().isEmpty());
    }
}
