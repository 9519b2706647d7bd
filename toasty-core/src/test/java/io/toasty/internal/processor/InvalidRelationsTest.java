package io.toasty.internal.processor;

import static io.toasty.testing.InMemoryCompiler.compile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.toasty.testing.InMemoryCompiler.Compilation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Relations that cannot be mapped are compile errors on the relation field, saying how to fix them. */
class InvalidRelationsTest {
    private static final String AUTHOR = model(
            "Author", "@Key long id; @Relation(mappedBy = \"author\") HasMany<Book> books = HasMany.notLoaded();");

    private static String model(String name, String members) {
        return "package p;\n\nimport io.toasty.model.*;\nimport io.toasty.relation.*;\n\n@Model\npublic class " + name
                + " {\n    " + members + "\n}\n";
    }

    private static void assertErrors(List<String> expected, String... sources) {
        Compilation compilation = compile(sources);
        assertEquals(expected, compilation.errors(), compilation.messages().toString());
        assertFalse(compilation.success());
    }

    @Test
    void aValidPairCompilesWithRelationAttributes() {
        Compilation compilation = compile(
                AUTHOR,
                model(
                        "Book",
                        "@Key long id; Long authorId; @Relation(key = \"authorId\", onDelete = OnDelete.CASCADE)"
                                + " BelongsTo<Author> author;"));
        assertTrue(compilation.success(), compilation.messages().toString());
        assertTrue(compilation
                .file("p/Author_.java")
                .contains("public static final io.toasty.query.RelationAttribute<p.Author, p.Book> books ="));
        assertTrue(compilation.file("p/Book_Accessor.java").contains("public void setRelation("));
    }

    @Test
    void unknownMappedBy() {
        assertErrors(
                List.of("Author.books is mappedBy \"author\", but Book has no BelongsTo relation of that name: its"
                        + " BelongsTo relations are [writer]"),
                AUTHOR,
                model("Book", "@Key long id; Long authorId; @Relation(key = \"authorId\") BelongsTo<Author> writer;"));
    }

    @Test
    void foreignKeyOfAnotherType() {
        assertErrors(
                List.of("Book.author: the foreign-key field Book.authorId has type java.lang.Integer, but it refers to"
                        + " Author.id of type long: give them the same type"),
                AUTHOR,
                model(
                        "Book",
                        "@Key long id; Integer authorId; @Relation(key = \"authorId\") BelongsTo<Author> author;"));
    }

    @Test
    void missingForeignKeyField() {
        assertErrors(
                List.of("Book.author names the foreign-key field 'authorId', which is not a stored field of Book:"
                        + " declare it (the relation only refers to it)"),
                AUTHOR,
                model("Book", "@Key long id; @Relation(key = \"authorId\") BelongsTo<Author> author;"));
    }

    @Test
    void relationWithoutAnnotationRawOrOnARecord() {
        assertErrors(
                List.of("Shelf.items is a HasMany without @Relation: say what it maps, e.g. @Relation(mappedBy ="
                        + " \"author\")"),
                model("Shelf", "@Key long id; HasMany<Shelf> items;"));
        assertErrors(
                List.of("Pair is a record and cannot hold relation fields, which Toasty sets when it loads them: make"
                        + " Pair a class"),
                "package p;\nimport io.toasty.model.*;\nimport io.toasty.relation.*;\n@Model\npublic record"
                        + " Pair(@Key long id, @Relation(key = \"id\") BelongsTo<Pair> other) {}\n");
    }

    @Test
    void setNullOnANotNullForeignKey() {
        assertErrors(
                List.of("Book.author is onDelete = SET_NULL, but its foreign-key field Book.authorId is not nullable:"
                        + " make it nullable or choose another onDelete"),
                AUTHOR,
                model(
                        "Book",
                        "@Key long id; long authorId; @Relation(key = \"authorId\", onDelete = OnDelete.SET_NULL)"
                                + " BelongsTo<Author> author;"));
    }
}
