package io.toasty.internal.processor;

import static io.toasty.testing.InMemoryCompiler.compile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.toasty.query.Attribute;
import io.toasty.query.NumberAttribute;
import io.toasty.query.StringAttribute;
import io.toasty.spi.ModelAccessor;
import io.toasty.testing.InMemoryCompiler.Compilation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code @Embeddable} records: the processor generates their accessors and nested attribute holders in the owner's
 * metamodel, and reports embeddables it cannot map as compile errors on the field.
 */
class EmbeddedModelsTest {
    private static final String GEO =
            """
            package p;

            import io.toasty.model.*;

            @Embeddable
            public record Geo(double lat, double lng) {}
            """;
    private static final String ADDRESS =
            """
            package p;

            import io.toasty.model.*;

            @Embeddable
            public record Address(String city, Geo geo) {}
            """;

    @Test
    void theMetamodelHoldsOneAttributePerComponentUnderTheFieldsPath() throws Exception {
        Compilation compilation = ValidModelsTest.compileCleanly(
                GEO,
                ADDRESS,
                """
                package p;

                import io.toasty.model.*;

                @Model
                public class User {
                    @Key long id;
                    Address address;
                }
                """);
        Class<?> metamodel = compilation.classLoader().loadClass("p.User_");
        Object address = metamodel.getField("address").get(null);
        Attribute<?, ?> city =
                (Attribute<?, ?>) address.getClass().getField("city").get(address);
        assertInstanceOf(StringAttribute.class, city);
        assertEquals("address.city", city.name());
        Object geo = address.getClass().getField("geo").get(address);
        Attribute<?, ?> lat = (Attribute<?, ?>) geo.getClass().getField("lat").get(geo);
        assertInstanceOf(NumberAttribute.class, lat);
        assertEquals("address.geo.lat", lat.name());
        assertEquals(Double.class, lat.type());
        assertEquals(compilation.classLoader().loadClass("p.User"), lat.model());
    }

    @Test
    void anEmbeddableGetsAGeneratedAccessorAndIsNotAModel() throws Exception {
        Compilation compilation = ValidModelsTest.compileCleanly(
                GEO,
                ADDRESS,
                """
                package p;

                import io.toasty.model.*;

                @Model
                public record Shop(@Key String code, Address address) {}
                """);
        ModelAccessor<Object> accessor = ValidModelsTest.accessor(compilation, "p.Address_Accessor");
        Object geo = ValidModelsTest.accessor(compilation, "p.Geo_Accessor").create(new Object[] {1.5, 2.5});
        Object address = accessor.create(new Object[] {"Oslo", geo});
        assertEquals("Oslo", accessor.get(address, 0));
        assertEquals(geo, accessor.get(address, 1));
        assertFalse(compilation.hasFile("p/Address_.java"), "no metamodel of its own");
        assertEquals("p.Shop\n", compilation.file("META-INF/toasty/models"), "the index lists models only");
    }

    @Test
    void unmappableEmbeddablesAreCompileErrorsOnTheField() {
        Compilation compilation = compile(
                """
                package p;

                import io.toasty.model.*;

                @Embeddable
                public class Box {
                    String label;
                }
                """,
                """
                package p;

                import io.toasty.model.*;

                @Embeddable
                public record Part(@Key String code, java.net.URI link) {}
                """,
                """
                package p;

                import io.toasty.model.*;

                @Embeddable
                public record Node(String label, Node next) {}
                """,
                """
                package p;

                import io.toasty.model.*;

                @Model
                public class Crate {
                    @Key long id;
                    String nodeLabel;
                    Box box;
                    @Unique Part part;
                    Node node;
                }
                """);
        assertFalse(compilation.success());
        assertEquals(
                List.of(
                        "Crate.box has type Box, which is not a record: an @Embeddable must be a record",
                        "Crate.part is an embedded Part: @Key, @Auto, @Version, @Json, @Convert, @Unique and @Index"
                                + " do not apply to it (annotate the components of Part instead)",
                        "Crate.part.code (Part.code) is @Key, @Auto or @Version, which embedded components cannot"
                                + " be: remove it",
                        "Crate.part.link (Part.link) has type java.net.URI, which Toasty cannot store: use a"
                                + " supported type, @Json, @Convert, or a record annotated @Embeddable",
                        "Crate.node.next (Node.next) has type Node, which contains itself: embeddables cannot nest"
                                + " in a cycle",
                        "Crate.node.label is stored in column node_label, as is Crate.nodeLabel: rename one with"
                                + " @Column(name = ...)"),
                compilation.errors());
    }
}
