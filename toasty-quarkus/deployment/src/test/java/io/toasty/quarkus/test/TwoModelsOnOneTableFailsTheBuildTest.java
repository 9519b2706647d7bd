package io.toasty.quarkus.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.QuarkusExtensionTest;
import io.toasty.MappingException;
import io.toasty.model.Key;
import io.toasty.model.Model;
import io.toasty.quarkus.test.models.Book;
import io.toasty.quarkus.test.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Models that cannot be mapped together (each alone passes the annotation processor) fail the build, with core's
 * message, before the application ever starts.
 */
class TwoModelsOnOneTableFailsTheBuildTest {
    @Model(table = "books")
    public record BookCopy(@Key long id) {}

    @RegisterExtension
    static final QuarkusExtensionTest TEST = TestDatabases.app(
                    TwoModelsOnOneTableFailsTheBuildTest.class, Book.class, BookCopy.class)
            .assertException(failure -> assertEquals(
                    """
                    Toasty cannot map the models of this application:
                    io.toasty.quarkus.test.models.Book and \
                    io.toasty.quarkus.test.TwoModelsOnOneTableFailsTheBuildTest$BookCopy are both stored in table books: give one another table with \
                    @Model(table = ...)""",
                    TestDatabases.find(failure, MappingException.class).getMessage()));

    @Test
    void theBuildFails() {
        fail("the build should have failed");
    }
}
