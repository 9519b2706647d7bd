package io.toasty.internal.processor;

import static io.toasty.testing.InMemoryCompiler.compile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.toasty.internal.meta.GeneratedNames;
import io.toasty.testing.InMemoryCompiler.Compilation;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A model that cannot be mapped fails compilation with one error per problem, each saying what is wrong and how to
 * fix it, on the field or type at fault; nothing is generated for it.
 */
class InvalidModelsTest {
    @Test
    void modelWithoutKey() {
        assertErrors(
                List.of("Note has no @Key field: annotate the field that identifies a row with @Key (several fields"
                        + " for a composite key)"),
                model("Note", "long id; String text;"));
    }

    @Test
    void fieldOfAnUnsupportedTypeIsReportedOnThatField() {
        Compilation compilation = assertErrors(
                List.of("Event.link has type java.net.URI, which Toasty cannot store: use a supported type (String,"
                        + " primitives and their boxes, BigDecimal, BigInteger, UUID, java.time types, byte[],"
                        + " enums), annotate it @Json to store it as JSON, @Convert(YourCodec.class) to convert it, or"
                        + " @Transient to leave it out"),
                """
                package p;

                import io.toasty.model.*;

                @Model
                public class Event {
                    @Key long id;
                    java.net.URI link;
                }
                """);

        Diagnostic<? extends JavaFileObject> error = compilation.diagnostics().get(0);
        assertEquals(8, error.getLineNumber(), "the line of the field");
    }

    @Test
    void twoVersionFields() {
        assertErrors(
                List.of("Doc has 2 @Version fields: a model has at most one"),
                model("Doc", "@Key long id; @Version int revision; @Version long generation;"));
    }

    @Test
    void privateFieldWithoutGetterAndSetter() {
        assertErrors(
                List.of("Vault.secret is private and has no getter and setter: make it non-private, add get/set"
                        + " methods, or mark it transient"),
                model("Vault", "@Key long id; private String secret; public String getSecret() { return secret; }"));
    }

    @Test
    void getterMustReturnTheFieldType() {
        assertErrors(
                List.of("Meter.count is private and has no getter and setter: make it non-private, add get/set"
                        + " methods, or mark it transient"),
                model(
                        "Meter",
                        "@Key long id; private int count;"
                                + " public long getCount() { return count; } public void setCount(int c) { count = c; }"));
    }

    @Test
    void autoOnAStringKey() {
        assertErrors(
                List.of("Tag.name is @Auto but has type java.lang.String: generated keys are int, long, Integer, Long"
                        + " (database identity) or UUID"),
                model("Tag", "@Key @Auto String name;"));
    }

    @Test
    void classWithoutNoArgumentConstructor() {
        assertErrors(
                List.of("Person has no non-private no-argument constructor: add one"),
                model("Person", "@Key String name; Person(String name) { this.name = name; }"));
        assertErrors(
                List.of("Robot has no non-private no-argument constructor: add one"),
                model("Robot", "@Key String name; private Robot() {}"));
    }

    @Test
    void abstractClass() {
        assertErrors(
                List.of("Shape is abstract: a model must be a concrete class or a record"),
                """
                package p;

                @io.toasty.model.Model
                public abstract class Shape {
                    @io.toasty.model.Key long id;
                }
                """);
    }

    @Test
    void interfaceHasNoFieldsEither() {
        assertErrors(
                List.of(
                        "Named is not a class or a record: a model must be a concrete class or a record",
                        "Named has no stored fields: a model needs at least a @Key field"),
                """
                package p;

                @io.toasty.model.Model
                public interface Named {}
                """);
    }

    @Test
    void genericClass() {
        assertErrors(
                List.of("Box is generic: a model cannot have type parameters"),
                """
                package p;

                @io.toasty.model.Model
                public class Box<T> {
                    @io.toasty.model.Key long id;
                }
                """);
    }

    @Test
    void innerClassAndPrivateNestedClass() {
        assertErrors(
                List.of(
                        "Inner is an inner class: make it static",
                        "Hidden is private: make it at least package-private"),
                """
                package p;

                import io.toasty.model.*;

                public class Outer {
                    @Model
                    public class Inner {
                        @Key long id;
                    }

                    @Model
                    private static class Hidden {
                        @Key long id;

                        Hidden() {}
                    }
                }
                """);
    }

    @Test
    void modelNestedInAPrivateClass() {
        assertErrors(
                List.of("Box is nested in the private class Vault, which the classes generated in package p cannot"
                        + " name: make Vault package-private or public"),
                """
                package p;

                import io.toasty.model.*;

                public class Outer {
                    private static class Vault {
                        @Model
                        static class Box {
                            @Key long id;
                        }
                    }
                }
                """);
    }

    @Test
    void finalFieldOfAClass() {
        assertErrors(
                List.of("Fixed.code is final, but Toasty sets fields after creating a Fixed: remove final, or make"
                        + " Fixed a record"),
                model("Fixed", "@Key long id; final String code = \"x\";"));
    }

    @Test
    void fieldOfAPrivateType() {
        assertErrors(
                List.of("Ticket.status has type p.Ticket.Status, which the classes generated in package p cannot"
                        + " name: make it public, or package-private in the same package"),
                model("Ticket", "@Key long id; Status status; private enum Status { OPEN }"));
    }

    @Test
    void transientRecordComponent() {
        assertErrors(
                List.of("Pair has @Transient on record component note, which records do not support: remove the"
                        + " component or the annotation"),
                """
                package p;

                import io.toasty.model.*;

                @Model
                public record Pair(@Key long id, @Transient String note) {}
                """);
    }

    @Test
    void everyProblemIsReportedOnItsOwnField() {
        Compilation compilation = assertErrors(
                List.of(
                        "Bad.a is @EnumOrdinal but is not an enum: remove it",
                        "Bad.b has @Column(length) but is not a String"),
                """
                package p;

                import io.toasty.model.*;

                @Model
                public class Bad {
                    @Key long id;
                    @EnumOrdinal int a;
                    @Column(length = 3) long b;
                }
                """);

        assertEquals(
                List.of(8L, 9L),
                compilation.diagnostics().stream()
                        .map(Diagnostic::getLineNumber)
                        .toList());
    }

    @Test
    void validModelBesideAnInvalidOneIsStillGeneratedAndListed() {
        Compilation compilation = compile(model("Good", "@Key long id;"), model("Broken", "long id;"));

        assertFalse(compilation.success());
        assertTrue(compilation.hasFile("p/Good_Accessor.java"));
        assertEquals("p.Good\n", compilation.file(GeneratedNames.MODEL_INDEX));
    }

    /** A top-level model in package {@code p} with the given members, importing Toasty's annotations. */
    private static String model(String name, String members) {
        return "package p;\n\nimport io.toasty.model.*;\n\n@Model\npublic class " + name + " {\n    " + members
                + "\n}\n";
    }

    private static Compilation assertErrors(List<String> expected, String... sources) {
        Compilation compilation = compile(sources);
        assertEquals(expected, compilation.errors());
        assertEquals(expected.size(), compilation.diagnostics().size(), () -> "only those: " + compilation.messages());
        assertFalse(compilation.success());
        assertEquals(
                List.of(),
                compilation.paths().stream()
                        .filter(path -> path.endsWith("_.java") || path.endsWith("_Accessor.java"))
                        .toList(),
                "nothing generated");
        assertFalse(compilation.hasFile(GeneratedNames.MODEL_INDEX), "no valid model, no index");
        return compilation;
    }
}
