package io.toasty.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.toasty.MappingException;
import io.toasty.Repository;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.InMemoryCompiler;
import io.toasty.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Embedded records of models compiled without the annotation processor: reflection, the same rules at startup. */
@DatabaseTest
class EmbeddedWithoutProcessorTest {
    private static final String SPOT =
            """
            package u;
            import io.toasty.model.*;
            @Embeddable
            public record Spot(String city, int floor) {}
            """;

    private final TestDatabase db;

    EmbeddedWithoutProcessorTest(TestDatabase db) {
        this.db = db;
    }

    private static InMemoryCompiler.Compilation compileWithoutProcessor(String... sources) {
        InMemoryCompiler.Compilation compilation = InMemoryCompiler.compile(List.of(), sources);
        assertTrue(compilation.success(), compilation.messages().toString());
        assertTrue(compilation.paths().stream().noneMatch(p -> p.endsWith("_Accessor.class")), "no processor ran");
        return compilation;
    }

    @Test
    void anEmbeddedRecordIsReadAndWrittenByReflection() throws Exception {
        InMemoryCompiler.Compilation compilation = compileWithoutProcessor(
                SPOT,
                """
                package u;
                import io.toasty.model.*;
                @Model
                public record Office(@Key String code, @Column(name = "at") Spot spot) {}
                """);
        Class<?> office = compilation.classLoader().loadClass("u.Office");
        Class<?> spot = compilation.classLoader().loadClass("u.Spot");
        Object here = spot.getConstructors()[0].newInstance("Oslo", 3);
        roundTrip(db.toasty(office).repository(office), here);
    }

    private static <T> void roundTrip(Repository<T> offices, Object spot) throws Exception {
        Class<T> type = offices.model();
        T office = type.cast(type.getConstructors()[0].newInstance("HQ", spot));
        offices.insert(office);
        assertEquals(office, offices.get("HQ"));
        T empty = type.cast(type.getConstructors()[0].newInstance("NONE", null));
        offices.insert(empty);
        assertEquals(empty, offices.get("NONE"));
    }

    @Test
    void anUnmappableEmbeddableFailsStartupWithTheProcessorsMessage() throws Exception {
        InMemoryCompiler.Compilation compilation = compileWithoutProcessor(
                """
                package u;
                import io.toasty.model.*;
                @Embeddable
                public record Part(@Key String code, java.net.URI link) {}
                """,
                """
                package u;
                import io.toasty.model.*;
                @Model
                public class Bin {
                    @Key long id;
                    Part part;
                }
                """);
        Class<?> bin = compilation.classLoader().loadClass("u.Bin");

        MappingException error = assertThrows(MappingException.class, () -> db.toasty(bin));

        assertEquals(
                "Cannot map u.Bin:\n"
                        + "  - Bin.part.code (Part.code) is @Key, @Auto or @Version, which embedded components cannot"
                        + " be: remove it\n"
                        + "  - Bin.part.link (Part.link) has type java.net.URI, which Toasty cannot store: use a"
                        + " supported type, @Json, @Convert, or a record annotated @Embeddable",
                error.getMessage());
    }
}
