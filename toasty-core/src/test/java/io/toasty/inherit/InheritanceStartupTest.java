package io.toasty.inherit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.toasty.MappingException;
import io.toasty.Repository;
import io.toasty.Toasty;
import io.toasty.internal.processor.InheritanceModelsTest;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.InMemoryCompiler;
import io.toasty.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hierarchies compiled without the annotation processor: Toasty refuses the bad ones at startup with the processor's
 * messages, and reads and writes the good ones by reflection.
 */
@DatabaseTest
class InheritanceStartupTest {
    private final TestDatabase db;

    InheritanceStartupTest(TestDatabase db) {
        this.db = db;
    }

    private static List<Class<?>> compileWithoutProcessor(List<String> sources) throws ClassNotFoundException {
        InMemoryCompiler.Compilation compilation = InMemoryCompiler.compile(List.of(), sources.toArray(String[]::new));
        assertTrue(compilation.success(), compilation.messages().toString());
        List<Class<?>> classes = new ArrayList<>();
        for (String source : sources) {
            String name = source.replaceAll("(?s).*public (?:abstract )?(?:class|record) (\\w+).*", "$1");
            classes.add(Class.forName("p." + name, true, compilation.classLoader()));
        }
        return classes;
    }

    @Test
    void badHierarchiesAreRefusedAtStartupWithTheProcessorsMessages() throws Exception {
        for (List<String> bad : InheritanceModelsTest.BAD) {
            List<Class<?>> models = compileWithoutProcessor(bad.subList(1, bad.size()));
            MappingException e = assertThrows(MappingException.class, () -> db.builder(models.toArray(Class<?>[]::new))
                    .build());
            assertTrue(e.getMessage().contains(bad.get(0)), e.getMessage());
        }
    }

    @Test
    void aSubclassNeedsItsBaseAmongTheModels() throws Exception {
        List<Class<?>> models =
                compileWithoutProcessor(List.of(InheritanceModelsTest.VEHICLE, InheritanceModelsTest.CAR));
        MappingException e = assertThrows(
                MappingException.class, () -> db.builder(models.get(1)).build());
        assertEquals(
                "Car extends Vehicle, which is not a model of this Toasty: add it with"
                        + " Toasty.builder(dataSource).models(Vehicle.class, ...)",
                e.getMessage());
    }

    @Test
    void aHierarchyWorksThroughReflection() throws Exception {
        List<Class<?>> models =
                compileWithoutProcessor(List.of(InheritanceModelsTest.VEHICLE, InheritanceModelsTest.CAR));
        Toasty toasty = db.toasty(models.toArray(Class<?>[]::new));
        roundTrip(toasty.repository(models.get(0)), models.get(1));
    }

    @Test
    void anAbstractBaseWorksThroughReflection() throws Exception {
        List<Class<?>> models =
                compileWithoutProcessor(List.of(InheritanceModelsTest.ABSTRACT_VEHICLE, InheritanceModelsTest.CAR));
        Toasty toasty = db.toasty(models.toArray(Class<?>[]::new));
        roundTrip(toasty.repository(models.get(0)), models.get(1));
    }

    private static <T> void roundTrip(Repository<T> vehicles, Class<?> carType) throws Exception {
        Object car = carType.getConstructor().newInstance();
        carType.getField("name").set(car, "beetle");
        carType.getField("seats").set(car, 4);
        T inserted = vehicles.insert(vehicles.model().cast(car));
        T read = vehicles.get(vehicles.model().getField("id").get(inserted));
        assertEquals(carType, read.getClass());
        assertEquals(4, carType.getField("seats").get(read));
        assertEquals("beetle", carType.getField("name").get(read));
    }
}
