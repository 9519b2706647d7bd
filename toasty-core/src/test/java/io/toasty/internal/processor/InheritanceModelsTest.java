package io.toasty.internal.processor;

import static io.toasty.testing.InMemoryCompiler.compile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.toasty.testing.InMemoryCompiler.Compilation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Single-table hierarchies the processor accepts (a subclass's metamodel has the inherited fields) and those it
 * refuses, each with one error saying what to change. {@code InheritanceStartupTest} checks the same sources
 * compiled without the processor at startup.
 */
public class InheritanceModelsTest {
    /** The base of the hierarchies below. */
    public static final String VEHICLE =
            """
            package p;
            import io.toasty.model.*;
            @Model(table = "vehicles")
            @Inheritance(discriminator = "kind")
            public class Vehicle {
                @Key @Auto public Long id;
                public String name;
                public Vehicle() {}
            }
            """;

    public static final String CAR =
            """
            package p;
            import io.toasty.model.*;
            @Model
            @DiscriminatorValue("car")
            public class Car extends Vehicle {
                public int seats;
                public Car() {}
            }
            """;

    /** {@link #VEHICLE}, abstract: a base whose rows are all of its subclasses. */
    public static final String ABSTRACT_VEHICLE =
            VEHICLE.replace("public class Vehicle", "public abstract class Vehicle");

    /** Each bad hierarchy, as its sources, and the one error it gets at compile time and at startup. */
    public static final List<List<String>> BAD = List.of(
            List.of(
                    "Car declares table cars, but it extends Vehicle and is stored in its table vehicles: remove"
                            + " table from the @Model of Car",
                    VEHICLE,
                    """
                    package p;
                    import io.toasty.model.*;
                    @Model(table = "cars")
                    public class Car extends Vehicle { public Car() {} }
                    """),
            List.of(
                    "Car.code is a @Key, but Car extends Vehicle and shares its key: declare key fields on Vehicle"
                            + " only",
                    VEHICLE,
                    """
                    package p;
                    import io.toasty.model.*;
                    @Model
                    public class Car extends Vehicle { @Key public String code; public Car() {} }
                    """),
            List.of(
                    "Car.revision is @Version in a subclass: declare the version on Vehicle",
                    VEHICLE,
                    """
                    package p;
                    import io.toasty.model.*;
                    @Model
                    public class Car extends Vehicle { @Version public int revision; public Car() {} }
                    """),
            List.of(
                    "Point is a record, which no class can extend: remove @Inheritance, or make Point a class",
                    """
                    package p;
                    import io.toasty.model.*;
                    @Model
                    @Inheritance
                    public record Point(@Key long id) {}
                    """),
            List.of(
                    "Car extends the model Vehicle, which is not annotated @Inheritance: annotate Vehicle with"
                            + " @Inheritance to store its subclasses in its table, or stop extending it",
                    VEHICLE.replace("@Inheritance(discriminator = \"kind\")", ""),
                    CAR),
            List.of(
                    "Truck and Car both have the discriminator value 'car' in the hierarchy of Vehicle: give one"
                            + " another @DiscriminatorValue",
                    VEHICLE,
                    CAR,
                    """
                    package p;
                    import io.toasty.model.*;
                    @Model
                    @DiscriminatorValue("car")
                    public class Truck extends Vehicle { public Truck() {} }
                    """),
            List.of(
                    "Truck.seats is stored in column seats as java.lang.String, but Car.seats stores int there:"
                            + " models of one hierarchy share their table, so rename one column with @Column(name ="
                            + " ...)",
                    VEHICLE,
                    CAR,
                    """
                    package p;
                    import io.toasty.model.*;
                    @Model
                    public class Truck extends Vehicle { public String seats; public Truck() {} }
                    """),
            List.of(
                    "Truck.seats is stored in column axles, but Car.seats in column seats: fields of one name share"
                            + " one column in a hierarchy, so rename one field or give both the same @Column(name ="
                            + " ...)",
                    VEHICLE,
                    CAR,
                    """
                    package p;
                    import io.toasty.model.*;
                    @Model
                    public class Truck extends Vehicle { @Column(name = "axles") public int seats; public Truck() {} }
                    """),
            List.of(
                    "Car.kind is stored in column kind, which is the discriminator column of Vehicle: rename the"
                            + " field's column with @Column(name = ...) or the discriminator with"
                            + " @Inheritance(discriminator = ...)",
                    VEHICLE,
                    """
                    package p;
                    import io.toasty.model.*;
                    @Model
                    public class Car extends Vehicle { public String kind; public Car() {} }
                    """),
            List.of(
                    "Note has @DiscriminatorValue but is not part of a single-table hierarchy: annotate its base"
                            + " model with @Inheritance, or remove @DiscriminatorValue",
                    """
                    package p;
                    import io.toasty.model.*;
                    @Model
                    @DiscriminatorValue("note")
                    public class Note { @Key public long id; public Note() {} }
                    """),
            List.of(
                    "Vehicle is abstract, so no row is a Vehicle: remove its @DiscriminatorValue, which only concrete"
                            + " classes have",
                    ABSTRACT_VEHICLE.replace("@Model(", "@DiscriminatorValue(\"v\") @Model("),
                    CAR));

    @Test
    void aSubclassMetamodelHasTheInheritedFields() {
        Compilation compilation = compile(VEHICLE, CAR);
        assertTrue(compilation.success(), compilation.messages().toString());
        String metamodel = compilation.file("p/Car_.java");
        assertTrue(metamodel.contains(" name"), metamodel);
        assertTrue(metamodel.contains(" seats"), metamodel);
        assertTrue(metamodel.contains(" id"), metamodel);
    }

    @Test
    void anAbstractBaseIsAModelWhoseAccessorCreatesNothing() {
        Compilation compilation = compile(ABSTRACT_VEHICLE, CAR);
        assertTrue(compilation.success(), compilation.messages().toString());
        assertTrue(compilation
                .file("p/Vehicle_Accessor.java")
                .contains("throw new java.lang.UnsupportedOperationException(\"Vehicle is abstract: Toasty creates its"
                        + " subclasses\");"));
    }

    @Test
    void badHierarchiesAreCompileErrors() {
        for (List<String> bad : BAD) {
            Compilation compilation = compile(bad.subList(1, bad.size()).toArray(String[]::new));
            assertEquals(List.of(bad.get(0)), compilation.errors(), () -> compilation
                    .messages()
                    .toString());
        }
    }
}
