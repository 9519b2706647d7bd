package io.toasty.internal.processor;

import static io.toasty.testing.InMemoryCompiler.compile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.toasty.testing.InMemoryCompiler.Compilation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lifecycle hook methods the generated accessor could not call are compile errors on the method. */
class InvalidHooksTest {
    private static String model(String members) {
        return "package p;\n\nimport io.toasty.model.*;\n\n@Model\npublic class Note {\n    @Key long id;\n    "
                + members + "\n}\n";
    }

    private static Compilation assertErrors(List<String> expected, String source) {
        Compilation compilation = compile(source);
        assertEquals(expected, compilation.errors());
        assertFalse(compilation.success());
        assertFalse(compilation.paths().stream().anyMatch(p -> p.endsWith("_Accessor.java")), "nothing generated");
        return compilation;
    }

    @Test
    void eachBadSignatureIsAnErrorOnItsMethod() {
        Compilation compilation = assertErrors(
                List.of(
                        "Note.a() is marked @BeforeInsert but is static: a lifecycle hook is called on the object"
                                + " written, make it an instance method",
                        "Note.b() is marked @AfterInsert but is private, so Toasty's generated accessor cannot call"
                                + " it: make it package-private, protected or public",
                        "Note.c() is marked @BeforeUpdate but takes 1 parameter(s): a lifecycle hook takes none, read"
                                + " what it needs from the object's fields",
                        "Note.d() is marked @AfterUpdate but returns boolean: a lifecycle hook returns void",
                        "Note.e() is marked @BeforeDelete @AfterDelete but declares the checked exception"
                                + " java.io.IOException: a lifecycle hook may throw only unchecked exceptions"),
                model(
                        """
                        @BeforeInsert static void a() {}
                            @AfterInsert private void b() {}
                            @BeforeUpdate void c(String why) {}
                            @AfterUpdate boolean d() { return true; }
                            @BeforeDelete @AfterDelete void e() throws java.io.IOException {}
                        """));
        assertEquals(8, compilation.diagnostics().get(0).getLineNumber(), "on the method's line");
        assertEquals(12, compilation.diagnostics().get(4).getLineNumber());
    }

    @Test
    void twoMethodsForOneHook() {
        assertErrors(
                List.of("Note has 2 methods marked @BeforeInsert, first() and second(): a model has at most one method"
                        + " per hook, call one from the other"),
                model("@BeforeInsert void second() {}\n    @BeforeInsert @BeforeUpdate void first() {}"));
    }

    @Test
    void theGeneratedAccessorCallsEachHookDirectly() {
        Compilation compilation = compile(model(
                "String text;\n    @BeforeInsert @BeforeUpdate protected void touch() {}\n    @AfterDelete public void"
                        + " gone() throws IllegalStateException {}"));
        assertTrue(compilation.success(), compilation.messages().toString());
        String accessor = compilation.file("p/Note_Accessor.java");
        assertTrue(
                accessor.contains(
                        """
                            public void runHook(p.Note instance, io.toasty.spi.ModelAccessor.Hook hook) {
                                if (hook == io.toasty.spi.ModelAccessor.Hook.BEFORE_INSERT) {
                                    instance.touch();
                                } else if (hook == io.toasty.spi.ModelAccessor.Hook.BEFORE_UPDATE) {
                                    instance.touch();
                                } else if (hook == io.toasty.spi.ModelAccessor.Hook.AFTER_DELETE) {
                                    instance.gone();
                                }
                            }
                        """),
                accessor);
        assertFalse(compile(model("String text;")).file("p/Note_Accessor.java").contains("runHook"), "none without");
    }
}
