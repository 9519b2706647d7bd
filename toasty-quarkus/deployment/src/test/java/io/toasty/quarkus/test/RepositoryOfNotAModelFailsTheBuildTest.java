package io.toasty.quarkus.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.QuarkusExtensionTest;
import io.toasty.MappingException;
import io.toasty.Repository;
import io.toasty.quarkus.test.models.Book;
import io.toasty.quarkus.test.testing.TestDatabases;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Injecting the repository of a class that is not a model fails the build, saying how to fix it. */
class RepositoryOfNotAModelFailsTheBuildTest {
    public static class Shelf {}

    @ApplicationScoped
    static class Library {
        @Inject
        Repository<Shelf> shelves;
    }

    @RegisterExtension
    static final QuarkusExtensionTest TEST = TestDatabases.app(
                    RepositoryOfNotAModelFailsTheBuildTest.class, Book.class, Shelf.class, Library.class)
            .assertException(failure -> assertEquals(
                    "io.toasty.quarkus.test.RepositoryOfNotAModelFailsTheBuildTest$Library#shelves injects"
                            + " Repository<io.toasty.quarkus.test.RepositoryOfNotAModelFailsTheBuildTest$Shelf>, but"
                            + " io.toasty.quarkus.test.RepositoryOfNotAModelFailsTheBuildTest$Shelf is not a Toasty"
                            + " model: annotate it with @io.toasty.model.Model (in a jar, give the jar a Jandex index"
                            + " or list it in quarkus.index-dependency), or inject the repository of a model",
                    TestDatabases.find(failure, MappingException.class).getMessage()));

    @Test
    void theBuildFails() {
        fail("the build should have failed");
    }
}
