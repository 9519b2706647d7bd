package io.toasty.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.toasty.model.Key;
import io.toasty.model.Model;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checks integrations run before any database is there, with the words the builder would use. */
class ModelCheckTest {
    @Model(table = "shelves")
    record Shelf(@Key long id) {}

    @Model(table = "SHELVES")
    record OtherShelf(@Key long id) {}

    @Model
    record Lamp(@Key long id) {}

    /** Compiled without a key; the annotation processor refuses it only where it runs, so it is not a model here. */
    record Broken(long id) {}

    @Test
    void mappableModelsHaveNoProblems() {
        assertEquals(List.of(), ModelCheck.problems(List.of(Shelf.class, Lamp.class)));
    }

    @Test
    void twoModelsOnOneTableAreAProblem() {
        assertEquals(
                List.of("io.toasty.spi.ModelCheckTest$OtherShelf and io.toasty.spi.ModelCheckTest$Shelf are both stored"
                        + " in table SHELVES: give one another table with @Model(table = ...)"),
                ModelCheck.problems(List.of(Shelf.class, OtherShelf.class)));
    }

    @Test
    void theClassesOfAHierarchyShareTheirTable() {
        assertEquals(
                List.of(),
                ModelCheck.problems(List.of(
                        io.toasty.inherit.Vehicle.class,
                        io.toasty.inherit.Car.class,
                        io.toasty.inherit.SportsCar.class,
                        io.toasty.inherit.Truck.class,
                        io.toasty.inherit.Owner.class)));
    }

    @Test
    void aSubclassWithoutItsBaseIsAProblem() {
        List<String> problems = ModelCheck.problems(List.of(io.toasty.inherit.Car.class));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("Vehicle"), problems.get(0));
    }

    @Test
    void aClassThatIsNotAModelIsAProblem() {
        assertEquals(1, ModelCheck.problems(List.of(Broken.class)).size());
    }

    @Test
    void theAccessorIsNamedAfterTheNestedModel() throws ClassNotFoundException {
        String name = ModelCheck.accessorName(Lamp.class);

        assertEquals("io.toasty.spi.ModelCheckTest_Lamp_Accessor", name);
        assertEquals(name, Class.forName(name).getName());
    }
}
