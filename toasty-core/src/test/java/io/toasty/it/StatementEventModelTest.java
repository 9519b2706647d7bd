package io.toasty.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.toasty.DuplicateKeyException;
import io.toasty.OnConflict;
import io.toasty.Repository;
import io.toasty.Toasty;
import io.toasty.inherit.Car;
import io.toasty.inherit.Owner;
import io.toasty.inherit.SportsCar;
import io.toasty.inherit.Truck;
import io.toasty.inherit.Vehicle;
import io.toasty.spi.StatementEvent;
import io.toasty.spi.StatementEvent.Operation;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.TestDatabase;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every statement event says what the statement did and to which model, the same on each database, so that a metrics
 * listener can count statements by model and operation without reading SQL.
 */
@DatabaseTest
class StatementEventModelTest {
    private final TestDatabase db;

    StatementEventModelTest(TestDatabase db) {
        this.db = db;
    }

    @Test
    void eachWriteAndQueryNamesItsOperationAndModel() {
        Repository<Person> people = db.toasty(Person.class).repository(Person.class);
        db.sqlLog().clear();

        Person ada = people.insert(new Person("ada@example.com", "Ada", 36));
        people.where(Person_.name.eq("Ada")).list();
        ada.age = 37;
        people.update(ada);
        people.upsert(
                new Person("ada@example.com", "Ada L.", 37),
                OnConflict.on(Person_.email).update(Person_.name));
        people.delete(people.get(ada.id));

        List<StatementEvent> events = db.sqlLog().events();
        assertEquals(
                List.of(
                        Operation.INSERT,
                        Operation.SELECT,
                        Operation.UPDATE,
                        Operation.UPSERT,
                        Operation.SELECT,
                        Operation.DELETE),
                events.stream().map(StatementEvent::operation).toList(),
                db.sqlLog().toString());
        assertTrue(events.stream().allMatch(e -> e.model().equals(Optional.of(Person.class))), events.toString());
    }

    @Test
    void aFailedStatementKeepsItsModelAndOperation() {
        Repository<Person> people = db.toasty(Person.class).repository(Person.class);
        people.insert(new Person("ada@example.com", "Ada", 36));
        db.sqlLog().clear();

        assertThrows(DuplicateKeyException.class, () -> people.insert(new Person("ada@example.com", "Ada", 1)));

        StatementEvent failed = db.sqlLog().events().get(0);
        assertTrue(failed.failure().isPresent());
        assertEquals(Operation.INSERT, failed.operation());
        assertEquals(Optional.of(Person.class), failed.model());
    }

    @Test
    void theStatementsOfAHierarchyAreItsBaseModels() {
        Toasty toasty = db.toasty(Owner.class, Vehicle.class, Car.class, SportsCar.class, Truck.class);
        db.sqlLog().clear();

        toasty.repository(Car.class).insert(new Car("Zoe", 4));
        toasty.repository(Truck.class).count();
        toasty.repository(Vehicle.class).query().list();

        List<StatementEvent> events = db.sqlLog().events();
        assertEquals(3, events.size(), db.sqlLog().toString());
        assertTrue(events.stream().allMatch(e -> e.model().equals(Optional.of(Vehicle.class))), events.toString());
    }

    @Test
    void ddlAndTransactionCommandsHaveNoModel() {
        Toasty toasty = db.toasty(Person.class);
        db.sqlLog().clear();

        toasty.schema().drop();

        StatementEvent drop = db.sqlLog().events().get(0);
        assertEquals(Operation.OTHER, drop.operation(), drop.sql());
        assertEquals(Optional.empty(), drop.model());
    }

    @Test
    void theOperationIsReadFromTheLeadingKeyword() {
        assertEquals(Operation.SELECT, Operation.of("  with t as (select 1) select * from t"));
        assertEquals(
                Operation.UPSERT, Operation.of("INSERT INTO \"t\" (\"a\") VALUES (?) ON CONFLICT (\"a\") DO NOTHING"));
        assertEquals(Operation.UPSERT, Operation.of("SELECT \"a\" FROM FINAL TABLE (MERGE INTO \"t\" AS t_ USING ..."));
        assertEquals(Operation.OTHER, Operation.of("SAVEPOINT toasty_1"));
        assertEquals(Operation.DELETE, Operation.of("delete from \"t\""));
    }
}
