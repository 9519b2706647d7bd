package io.toasty.writes;

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

/** Hook methods of models compiled without the annotation processor: called through method handles, same rules. */
@DatabaseTest
class UnprocessedHooksTest {
    private final TestDatabase db;

    UnprocessedHooksTest(TestDatabase db) {
        this.db = db;
    }

    private static Class<?> compileWithoutProcessor(String className, String source) throws ClassNotFoundException {
        InMemoryCompiler.Compilation compilation = InMemoryCompiler.compile(List.of(), source);
        assertTrue(compilation.success(), compilation.messages().toString());
        assertTrue(compilation.paths().stream().noneMatch(p -> p.endsWith("_Accessor.class")), "no processor ran");
        return Class.forName("u." + className, true, compilation.classLoader());
    }

    @Test
    void hooksRunThroughReflectionAndAThrowingOneWritesNothing() throws Exception {
        Class<?> type = compileWithoutProcessor(
                "Tag",
                """
                package u;
                import io.toasty.model.*;
                @Model
                public class Tag {
                    @Key @Auto public Long id;
                    public String name;
                    public String upper;
                    public int updates;
                    @BeforeInsert @BeforeUpdate void normalize() {
                        if (name.isEmpty()) throw new IllegalArgumentException("empty tag");
                        upper = name.toUpperCase();
                    }
                    @AfterUpdate void counted() { updates++; }
                }
                """);
        Toasty toasty = db.toasty(type);
        roundTrip(toasty.repository(type));
    }

    private <T> void roundTrip(Repository<T> tags) throws Exception {
        T tag = tags.model().getConstructor().newInstance();
        tags.model().getField("name").set(tag, "java");
        tags.insert(tag);
        assertEquals("JAVA", tags.model().getField("upper").get(tags.query().one()));
        tags.update(tag);
        assertEquals(1, tags.model().getField("updates").get(tag));
        T empty = tags.model().getConstructor().newInstance();
        tags.model().getField("name").set(empty, "");
        db.sqlLog().clear();
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> tags.insertAll(List.of(tag, empty)));
        assertEquals("empty tag", e.getMessage());
        assertEquals(0, db.sqlLog().count());
        assertEquals(1, tags.count());
    }

    @Test
    void badHookMethodsFailAtStartupWithTheProcessorsMessages() throws Exception {
        Class<?> type = compileWithoutProcessor(
                "Bad",
                """
                package u;
                import io.toasty.model.*;
                @Model
                public class Bad {
                    @Key long id;
                    @BeforeInsert static void a() {}
                    @AfterInsert private void b() {}
                    @BeforeUpdate void c(String why) {}
                    @AfterUpdate int d() { return 1; }
                    @BeforeDelete void e() throws Exception {}
                    @BeforeDelete void f() {}
                }
                """);
        MappingException e = assertThrows(
                MappingException.class,
                () -> Toasty.builder(db.dataSource()).models(type).build());
        assertEquals(
                "Cannot map u.Bad:\n"
                        + "  - Bad.a() is marked @BeforeInsert but is static: a lifecycle hook is called on the object"
                        + " written, make it an instance method\n"
                        + "  - Bad.b() is marked @AfterInsert but is private, so Toasty's generated accessor cannot"
                        + " call it: make it package-private, protected or public\n"
                        + "  - Bad.c() is marked @BeforeUpdate but takes 1 parameter(s): a lifecycle hook takes none,"
                        + " read what it needs from the object's fields\n"
                        + "  - Bad.d() is marked @AfterUpdate but returns int: a lifecycle hook returns void\n"
                        + "  - Bad.e() is marked @BeforeDelete but declares the checked exception java.lang.Exception:"
                        + " a lifecycle hook may throw only unchecked exceptions\n"
                        + "  - Bad has 2 methods marked @BeforeDelete, e() and f(): a model has at most one method per"
                        + " hook, call one from the other",
                e.getMessage());
    }
}
