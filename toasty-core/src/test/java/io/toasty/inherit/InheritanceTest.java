package io.toasty.inherit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.toasty.InvalidValueException;
import io.toasty.OnConflict;
import io.toasty.Page;
import io.toasty.Repository;
import io.toasty.Toasty;
import io.toasty.ToastyException;
import io.toasty.UnsupportedFeatureException;
import io.toasty.query.Subquery;
import io.toasty.relation.RelationNotLoadedException;
import io.toasty.schema.ForeignKeyDef;
import io.toasty.schema.IndexDef;
import io.toasty.schema.SchemaDef;
import io.toasty.schema.TableDef;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.TestDatabase;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A single-table hierarchy: one table, the right subclass for each row, subclass repositories on their rows only. */
@DatabaseTest
class InheritanceTest {
    private final TestDatabase db;
    private final Toasty toasty;
    private final Repository<Vehicle> vehicles;
    private final Repository<Car> cars;
    private final Repository<Truck> trucks;
    private final Repository<SportsCar> sportsCars;

    InheritanceTest(TestDatabase db) {
        this.db = db;
        this.toasty = db.toasty(Owner.class, Vehicle.class, Car.class, SportsCar.class, Truck.class, Trip.class);
        this.vehicles = toasty.repository(Vehicle.class);
        this.cars = toasty.repository(Car.class);
        this.trucks = toasty.repository(Truck.class);
        this.sportsCars = toasty.repository(SportsCar.class);
    }

    @Test
    void aQueryOfTheBaseReturnsEachRowAsItsSubclassInOneStatement() {
        vehicles.insert(new Vehicle("cart"));
        cars.insert(new Car("beetle", 4));
        trucks.insert(new Truck("actros", 18000));
        sportsCars.insert(new SportsCar("roadster", 250));
        db.sqlLog().clear();

        List<Vehicle> all = vehicles.query().orderBy(Vehicle_.id.asc()).list();

        assertEquals(
                List.of("SELECT \"id\", \"name\", \"owner_id\", \"version\", \"created_at\", \"deleted_at\","
                        + " \"seats\", \"top_speed\", \"payload\", \"driver_id\", \"kind\" FROM \"vehicles\" WHERE \"deleted_at\" IS NULL"
                        + " ORDER BY \"id\" ASC"),
                db.sqlLog().statements());
        assertEquals(
                List.of(Vehicle.class, Car.class, Truck.class, SportsCar.class),
                all.stream().map(Object::getClass).toList());
        assertEquals(4, ((Car) all.get(1)).seats);
        assertEquals(18000, ((Truck) all.get(2)).payload);
        assertEquals(250, ((SportsCar) all.get(3)).topSpeed);
        assertEquals(2, ((SportsCar) all.get(3)).seats);
        assertEquals("roadster", all.get(3).name);
    }

    @Test
    void aSubclassRepositoryReadsItsRowsAndThoseOfItsSubclasses() {
        Vehicle cart = vehicles.insert(new Vehicle("cart"));
        Car beetle = cars.insert(new Car("beetle", 4));
        Truck actros = trucks.insert(new Truck("actros", 18000));
        SportsCar roadster = sportsCars.insert(new SportsCar("roadster", 250));
        db.sqlLog().clear();

        List<Car> all = cars.query().orderBy(Car_.id.asc()).list();

        assertEquals(
                List.of(beetle.id, roadster.id), all.stream().map(c -> c.id).toList());
        assertInstanceOf(SportsCar.class, all.get(1));
        assertTrue(
                db.sqlLog().statements().get(0).contains("WHERE \"kind\" IN ('car', 'sports_car')"),
                db.sqlLog().statements().get(0));
        assertEquals(2, cars.count());
        assertEquals(1, trucks.count());
        assertEquals(1, sportsCars.count());
        assertEquals(4, vehicles.count());
        assertTrue(cars.find(actros.id).isEmpty());
        assertTrue(cars.find(cart.id).isEmpty());
        assertTrue(cars.find(roadster.id).isPresent());
        assertFalse(trucks.existsByKey(beetle.id));
        assertEquals(
                List.of(beetle.id),
                cars.where(Car_.name.eq("beetle")).list().stream()
                        .map(c -> c.id)
                        .toList());
        assertEquals(0, trucks.where(Truck_.name.eq("beetle")).count());
    }

    @Test
    void insertThroughTheBaseWritesTheDiscriminatorOfTheObjectsClass() {
        Vehicle beetle = vehicles.insert(new Car("beetle", 4));
        List<Vehicle> more = vehicles.insertAll(List.of(new Truck("actros", 18000), new SportsCar("roadster", 250)));

        assertInstanceOf(Car.class, vehicles.get(beetle.id));
        assertEquals(4, cars.get(beetle.id).seats);
        assertEquals(18000, trucks.get(more.get(0).id).payload);
        assertEquals(250, sportsCars.get(more.get(1).id).topSpeed);
        assertEquals(
                List.of("car", "truck", "sports_car"),
                toasty.sql("SELECT \"kind\" FROM \"vehicles\" ORDER BY \"id\"").list(String.class));
    }

    @Test
    void writesThroughASubclassTouchOnlyItsRows() {
        Car beetle = cars.insert(new Car("beetle", 4));
        Truck actros = trucks.insert(new Truck("actros", 18000));

        assertEquals(1, cars.query().update(Car_.name.set("renamed")));
        assertEquals("actros", trucks.get(actros.id).name);
        assertFalse(trucks.deleteByKey(beetle.id));
        assertEquals(1, trucks.query().delete());
        assertEquals(
                List.of(beetle.id),
                vehicles.query().list().stream().map(v -> v.id).toList());

        beetle = cars.get(beetle.id);
        beetle.seats = 5;
        Car updated = cars.update(beetle);
        assertEquals(5, cars.get(updated.id).seats);
        assertEquals("renamed", updated.name);
    }

    @Test
    void updateThroughTheBaseKeepsTheSubclassColumns() {
        Car beetle = cars.insert(new Car("beetle", 4));
        Vehicle read = vehicles.get(beetle.id);
        read.name = "herbie";
        ((Car) read).seats = 2;
        vehicles.update(read);

        Car again = cars.get(beetle.id);
        assertEquals("herbie", again.name);
        assertEquals(2, again.seats);
        assertEquals(beetle.version + 1, again.version);
    }

    @Test
    void aNonNullSubclassFieldIsCheckedBeforeTheWrite() {
        InvalidValueException throughBase =
                assertThrows(InvalidValueException.class, () -> vehicles.insert(new Truck("actros", null)));
        assertTrue(
                throughBase.getMessage().startsWith("Truck.payload is null, but it is not nullable"),
                throughBase.getMessage());
        InvalidValueException throughTruck =
                assertThrows(InvalidValueException.class, () -> trucks.insert(new Truck("actros", null)));
        assertEquals(throughBase.getMessage(), throughTruck.getMessage());
        assertEquals(
                "Truck.payload is null, but it is not nullable: set a value (its column is nullable in the table"
                        + " vehicles, which other models of the hierarchy share, so Toasty checks it before the write)",
                throughTruck.getMessage());
        assertEquals(0, vehicles.count());
    }

    @Test
    void anUnknownDiscriminatorValueIsAClearError() {
        toasty.sql("INSERT INTO \"vehicles\" (\"name\", \"version\", \"kind\") VALUES ('boat', 0, 'boat')")
                .execute();

        ToastyException e =
                assertThrows(ToastyException.class, () -> vehicles.query().list());
        assertEquals(
                "Cannot read a Vehicle from table vehicles: its discriminator column kind holds 'boat', which is not"
                        + " the value of Vehicle or of one of its subclasses of this Toasty [vehicle, car, sports_car,"
                        + " truck]: add the model of that value with @DiscriminatorValue, or correct the row",
                e.getMessage());
        assertEquals(0, cars.count());
    }

    @Test
    void softDeleteAndTimestampsOfTheBaseApplyToSubclasses() {
        Car beetle = cars.insert(new Car("beetle", 4));
        assertNotNull(beetle.createdAt);
        assertTrue(cars.delete(beetle));

        assertTrue(cars.find(beetle.id).isEmpty());
        assertEquals(0, vehicles.count());
        assertEquals(1, cars.query().withDeleted().count());
        assertNotNull(cars.query().withDeleted().one().deletedAt);
    }

    @Test
    void pagesAndProjectionsOfASubclassAreRestrictedToItsRows() {
        cars.insert(new Car("beetle", 4));
        trucks.insert(new Truck("actros", 18000));
        cars.insert(new Car("mini", 4));

        Page<Car> page = cars.query().orderBy(Car_.name.asc()).page(1);
        assertEquals("beetle", page.items().get(0).name);
        Page<Car> next = cars.query().orderBy(Car_.name.asc()).page(page.next().orElseThrow());
        assertEquals("mini", next.items().get(0).name);
        assertTrue(next.next().isEmpty());
        assertEquals(
                List.of("beetle", "mini"),
                cars.query()
                        .orderBy(Car_.name.asc())
                        .select(String.class, Car_.name)
                        .list());
        assertEquals(8L, cars.query().select(Long.class, Car_.seats.sum()).one());
    }

    @Test
    void aRelationToTheBaseLoadsEachSubclass() {
        Owner ada = toasty.repository(Owner.class).insert(new Owner("Ada"));
        Car beetle = new Car("beetle", 4);
        beetle.ownerId = ada.id;
        Truck actros = new Truck("actros", 18000);
        actros.ownerId = ada.id;
        vehicles.insertAll(List.of(beetle, actros));

        Owner loaded =
                toasty.repository(Owner.class).query().include(Owner_.vehicles).one();
        assertEquals(
                List.of(Car.class, Truck.class),
                loaded.vehicles.get().stream()
                        .map(Object::getClass)
                        .sorted((a, b) -> a.getName().compareTo(b.getName()))
                        .toList());
        Car car = cars.query().include(Car_.owner).one();
        assertEquals("Ada", car.owner.get().name);
    }

    @Test
    void aBelongsToTheBaseLoadsTheRightSubclass() {
        Repository<Trip> trips = toasty.repository(Trip.class);
        Vehicle beetle = cars.insert(new Car("beetle", 4));
        Vehicle actros = trucks.insert(new Truck("actros", 18000));
        trips.insertAll(List.of(new Trip(beetle, 12), new Trip(actros, 300)));

        List<Trip> loaded = trips.query()
                .orderBy(Trip_.kilometres.asc())
                .include(Trip_.vehicle)
                .list();

        assertInstanceOf(Car.class, loaded.get(0).vehicle.get());
        assertEquals(18000, ((Truck) loaded.get(1).vehicle.get()).payload);
        assertEquals(
                1, trips.where(Trip_.vehicle.any(Vehicle_.name.eq("actros"))).count());
    }

    @Test
    void conditionsThroughARelationToTheBase() {
        Repository<Owner> owners = toasty.repository(Owner.class);
        Owner ada = owners.insert(new Owner("Ada"));
        owners.insert(new Owner("Alan"));
        Truck actros = new Truck("actros", 18000);
        actros.ownerId = ada.id;
        trucks.insert(actros);

        List<Owner> withTruck =
                owners.where(Owner_.vehicles.any(Vehicle_.name.eq("actros"))).list();
        assertEquals(List.of("Ada"), withTruck.stream().map(o -> o.name).toList());
    }

    @Test
    void upsertGoesThroughTheBase() {
        Car beetle = cars.insert(new Car("beetle", 4));
        beetle.seats = 5;

        Vehicle upserted =
                vehicles.upsert(beetle, OnConflict.onKey(Vehicle.class).updateAll());
        assertEquals(5, ((Car) upserted).seats);
        assertEquals(5, cars.get(beetle.id).seats);
        UnsupportedFeatureException e = assertThrows(
                UnsupportedFeatureException.class,
                () -> cars.upsert(beetle, OnConflict.onKey(Car.class).updateAll()));
        assertEquals(
                "An upsert of Car, a subclass stored in the table of Vehicle, could overwrite a row of another class of"
                        + " the hierarchy: upsert through the repository of Vehicle",
                e.getMessage());
    }

    @Test
    void theSchemaHasOneTableWithTheDiscriminatorAndTheColumnsOfEverySubclass() {
        SchemaDef schema = toasty.schema().definition();

        assertEquals(
                List.of("owners", "vehicles", "trips"),
                schema.tables().stream().map(TableDef::name).toList());
        TableDef table = schema.tables().get(1);
        Map<String, Boolean> nullable = new LinkedHashMap<>();
        table.columns().forEach(column -> nullable.put(column.name(), column.nullable()));
        assertEquals(
                "{id=false, name=false, owner_id=true, version=false, created_at=true, deleted_at=true, seats=true,"
                        + " top_speed=true, payload=true, driver_id=true, kind=false}",
                nullable.toString());
        assertEquals(
                List.of("ix_vehicles_kind"),
                table.indexes().stream().map(IndexDef::name).toList());
        toasty.schema().validate();
    }

    @Test
    void theGuidesExample() {
        Repository<Vehicle> vehicles = toasty.repository(Vehicle.class);
        Repository<Car> cars = toasty.repository(Car.class);
        vehicles.insert(new Car("beetle", 4)); // kind = 'car'
        vehicles.insert(new Truck("actros", 18000)); // kind = 'truck'
        db.sqlLog().clear();

        List<Vehicle> fleet = vehicles.query().orderBy(Vehicle_.name.asc()).list(); // a Truck, then a Car
        List<Car> fourSeaters = cars.where(Car_.seats.eq(4)).list(); // WHERE "kind" IN ('car', 'sports_car') AND ...

        assertEquals(
                List.of(Truck.class, Car.class),
                fleet.stream().map(Object::getClass).toList());
        assertEquals("beetle", fourSeaters.get(0).name);
        assertEquals(2, db.sqlLog().count());
        assertTrue(
                db.sqlLog()
                        .statements()
                        .get(1)
                        .endsWith("WHERE \"kind\" IN ('car', 'sports_car') AND \"deleted_at\" IS"
                                + " NULL AND (\"seats\" = ?)"),
                db.sqlLog().statements().get(1));
    }

    @Test
    void aRelationToASubclassReadsItsRowsOnly() {
        Repository<Owner> owners = toasty.repository(Owner.class);
        Owner ada = owners.insert(new Owner("Ada"));
        Owner alan = owners.insert(new Owner("Alan"));
        Car beetle = new Car("beetle", 4);
        beetle.ownerId = ada.id;
        Truck actros = new Truck("actros", 18000);
        actros.ownerId = alan.id;
        vehicles.insertAll(List.of(beetle, actros));

        List<Owner> loaded =
                owners.query().orderBy(Owner_.name.asc()).include(Owner_.cars).list();
        assertEquals(
                List.of("beetle"),
                loaded.get(0).cars.get().stream().map(c -> c.name).toList());
        assertEquals(List.of(), loaded.get(1).cars.get());
        assertEquals(
                List.of("Ada"),
                owners.where(Owner_.cars.exists()).list().stream()
                        .map(o -> o.name)
                        .toList());
        assertEquals(
                List.of("Ada", "Alan"),
                owners.query().orderBy(Owner_.name.asc()).include(Owner_.vehicles).list().stream()
                        .filter(o -> o.vehicles.get().size() == 1)
                        .map(o -> o.name)
                        .toList());
    }

    @Test
    void aSubqueryOfASubclassReadsItsRowsOnly() {
        Car beetle = cars.insert(new Car("beetle", 4));
        trucks.insert(new Truck("actros", 18000));

        List<Vehicle> found = vehicles.where(
                        Vehicle_.id.in(Subquery.from(Car.class).select(Car_.id)))
                .list();
        assertEquals(List.of(beetle.id), found.stream().map(v -> v.id).toList());
    }

    @Test
    void aRelationDeclaredInASubclass() {
        Owner ada = toasty.repository(Owner.class).insert(new Owner("Ada"));
        Truck actros = new Truck("actros", 18000);
        actros.driverId = ada.id;
        trucks.insert(actros);

        assertEquals("Ada", trucks.query().include(Truck_.driver).one().driver.get().name);
        assertEquals(1, trucks.where(Truck_.driver.any(Owner_.name.eq("Ada"))).count());
        Truck read = (Truck) vehicles.query().one();
        RelationNotLoadedException notLoaded = assertThrows(RelationNotLoadedException.class, () -> read.driver.get());
        assertTrue(notLoaded.getMessage().contains("Truck_.driver"), notLoaded.getMessage());
        List<String> keys = toasty.schema().definition().tables().get(1).foreignKeys().stream()
                .map(ForeignKeyDef::name)
                .toList();
        assertEquals(List.of("fk_vehicles_owner_id", "fk_vehicles_driver_id"), keys);
        toasty.schema().validate();
    }

    @Test
    void rawSqlIntoTheBaseReadsEachRowAsItsSubclass() {
        cars.insert(new Car("beetle", 4));
        trucks.insert(new Truck("actros", 18000));

        List<Vehicle> all =
                toasty.sql("SELECT * FROM \"vehicles\" ORDER BY \"id\"").list(Vehicle.class);
        assertEquals(
                List.of(Car.class, Truck.class),
                all.stream().map(Object::getClass).toList());
        assertEquals(18000, ((Truck) all.get(1)).payload);
    }
}
