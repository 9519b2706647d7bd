package io.toasty.quarkus.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.QuarkusExtensionTest;
import io.toasty.Repository;
import io.toasty.quarkus.test.models.Book;
import io.toasty.quarkus.test.testing.TestDatabases;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** With quarkus-hibernate-validator, every write is validated by Quarkus' Validator before any SQL is sent. */
class ValidationStopsTheWriteTest {
    @RegisterExtension
    static final QuarkusExtensionTest TEST = TestDatabases.app(ValidationStopsTheWriteTest.class, Book.class)
            .overrideConfigKey("quarkus.toasty.schema-management", "drop-and-create");

    @Inject
    Repository<Book> books;

    @Test
    void anInvalidBookIsRefusedAndNothingIsWritten() {
        ConstraintViolationException thrown = assertThrows(
                ConstraintViolationException.class,
                () -> books.insertAll(List.of(new Book("Emma", 300), new Book(" ", 10))));

        assertEquals(1, thrown.getConstraintViolations().size());
        assertEquals(
                "title",
                thrown.getConstraintViolations()
                        .iterator()
                        .next()
                        .getPropertyPath()
                        .toString());
        assertEquals(0, books.query().count());
    }
}
