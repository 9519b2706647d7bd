package io.toasty.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.toasty.MappingException;
import io.toasty.Repository;
import io.toasty.Toasty;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.InMemoryCompiler;
import io.toasty.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Models compiled without the annotation processor: Toasty checks the same rules at startup, with the same
 * messages, and reads and writes their fields by reflection.
 */
@DatabaseTest
class UnprocessedModelsTest {
    private final TestDatabase db;

    UnprocessedModelsTest(TestDatabase db) {
        this.db = db;
    }

    private static Class<?> compileWithoutProcessor(String className, String source) throws ClassNotFoundException {
        InMemoryCompiler.Compilation compilation = InMemoryCompiler.compile(List.of(), source);
        assertTrue(compilation.success(), compilation.messages().toString());
        assertTrue(compilation.paths().stream().noneMatch(p -> p.endsWith("_Accessor.class")), "no processor ran");
        return Class.forName("u." + className, true, compilation.classLoader());
    }

    @Test
    void aClassAndARecordWorkThroughReflection() throws Exception {
        Class<?> gadget = compileWithoutProcessor(
                "Gadget",
                """
                package u;
                import io.toasty.model.*;
                @Model
                public class Gadget {
                    @Key @Auto private Long id;
                    private String name;
                    @Version private int version;
                    public Gadget() {}
                    public Long getId() { return id; }
                    public void setId(Long id) { this.id = id; }
                    public String getName() { return name; }
                    public void setName(String name) { this.name = name; }
                    public int getVersion() { return version; }
                    public void setVersion(int version) { this.version = version; }
                }
                """);
        Class<?> tag = compileWithoutProcessor(
                "Tag",
                """
                package u;
                import io.toasty.model.*;
                @Model
                public record Tag(@Key String label, int weight) {}
                """);
        Toasty toasty = db.toasty(gadget, tag);
        roundTripGadget(toasty.repository(gadget));
        roundTripTag(toasty.repository(tag));
    }

    private static <T> void roundTripGadget(Repository<T> gadgets) throws Exception {
        T gadget = gadgets.model().getConstructor().newInstance();
        gadgets.model().getMethod("setName", String.class).invoke(gadget, "sprocket");
        gadgets.insert(gadget);
        Object id = gadgets.model().getMethod("getId").invoke(gadget);
        assertEquals(1, gadgets.model().getMethod("getVersion").invoke(gadget));
        T read = gadgets.get(id);
        assertEquals("sprocket", gadgets.model().getMethod("getName").invoke(read));
        gadgets.update(read);
        assertEquals(2, gadgets.model().getMethod("getVersion").invoke(read));
    }

    private static <T> void roundTripTag(Repository<T> tags) throws Exception {
        T tag = tags.model()
                .cast(tags.model()
                        .getDeclaredConstructor(String.class, int.class)
                        .newInstance("red", 3));
        assertEquals(tag, tags.insert(tag), "a record with no generated values comes back equal");
        assertEquals(tag, tags.get("red"));
    }

    @Test
    void theProcessorsRulesAreCheckedAtStartupWithTheSameMessages() throws Exception {
        Class<?> noKey = compileWithoutProcessor(
                "NoKey",
                """
                package u;
                @io.toasty.model.Model
                public class NoKey { String name; }
                """);
        Class<?> badType = compileWithoutProcessor(
                "BadType",
                """
                package u;
                import io.toasty.model.*;
                @Model
                public class BadType { @Key long id; java.net.URI home; }
                """);
        Class<?> twoVersions = compileWithoutProcessor(
                "TwoVersions",
                """
                package u;
                import io.toasty.model.*;
                @Model
                public class TwoVersions { @Key long id; @Version int a; @Version long b; }
                """);
        MappingException failure = assertThrows(MappingException.class, () -> Toasty.builder(db.dataSource())
                .models(noKey, badType, twoVersions)
                .build());
        assertEquals(
                "Cannot map u.NoKey:\n"
                        + "  - NoKey has no @Key field: annotate the field that identifies a row with @Key (several"
                        + " fields for a composite key)\n"
                        + "Cannot map u.BadType:\n"
                        + "  - BadType.home has type java.net.URI, which Toasty cannot store: use a supported type"
                        + " (String, primitives and their boxes, BigDecimal, BigInteger, UUID, java.time types, byte[],"
                        + " enums), annotate it @Json to store it as JSON, @Convert(YourCodec.class) to convert it, or"
                        + " @Transient to leave it out\n"
                        + "Cannot map u.TwoVersions:\n"
                        + "  - TwoVersions has 2 @Version fields: a model has at most one",
                failure.getMessage());
    }

    @Test
    void twoModelsOnOneTableAndANonModelAreRefused() throws Exception {
        Class<?> first = compileWithoutProcessor(
                "First",
                """
                package u;
                @io.toasty.model.Model(table = "things")
                public class First { @io.toasty.model.Key long id; }
                """);
        Class<?> second = compileWithoutProcessor(
                "Second",
                """
                package u;
                @io.toasty.model.Model(table = "things")
                public class Second { @io.toasty.model.Key long id; }
                """);
        MappingException clash = assertThrows(
                MappingException.class,
                () -> Toasty.builder(db.dataSource()).models(first, second).build());
        assertEquals(
                "u.Second and u.First are both stored in table things: give one another table with"
                        + " @Model(table = ...)",
                clash.getMessage());
        MappingException notAModel = assertThrows(
                MappingException.class,
                () -> Toasty.builder(db.dataSource()).models(String.class).build());
        assertEquals(
                "java.lang.String is not a model: annotate it with @io.toasty.model.Model", notAModel.getMessage());
        Toasty toasty = db.toasty(Person.class);
        MappingException unknown = assertThrows(MappingException.class, () -> toasty.repository(Note.class));
        assertEquals(
                "io.toasty.it.Note is not a model of this Toasty: add it with Toasty.builder(dataSource).models("
                        + "Note.class, ...)",
                unknown.getMessage());
    }
}
