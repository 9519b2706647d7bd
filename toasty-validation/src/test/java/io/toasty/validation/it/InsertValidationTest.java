package io.toasty.validation.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.toasty.Repository;
import io.toasty.Toasty;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.TestDatabase;
import io.toasty.validation.BeanValidationWriteListener;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** insert and insertAll validate every object before the first statement, and write nothing when one is invalid. */
@DatabaseTest
class InsertValidationTest {
    private final TestDatabase db;
    private final Toasty toasty;
    private final Repository<Member> members;
    private final Repository<Product> products;

    InsertValidationTest(TestDatabase db) {
        this.db = db;
        this.toasty =
                Fixtures.toasty(db, new BeanValidationWriteListener(Fixtures.VALIDATOR), Member.class, Product.class);
        toasty.schema().create();
        this.members = toasty.repository(Member.class);
        this.products = toasty.repository(Product.class);
    }

    @Test
    void anInvalidObjectIsRefusedWithEveryViolationAndNoStatement() {
        db.sqlLog().clear();
        ConstraintViolationException thrown =
                assertThrows(ConstraintViolationException.class, () -> members.insert(new Member(" ", "x", -1)));
        assertEquals(
                "Member.age: must be greater than or equal to 0 (was -1);"
                        + " Member.email: must be a well-formed email address (was 'x');"
                        + " Member.name: must not be blank (was ' ')",
                thrown.getMessage());
        assertEquals(
                Set.of("age", "email", "name"),
                thrown.getConstraintViolations().stream()
                        .map(violation -> violation.getPropertyPath().toString())
                        .collect(Collectors.toSet()));
        assertEquals("", db.sqlLog().toString(), "no statement was sent");
        assertEquals(0, members.count());
    }

    @Test
    void insertAllWithOneBadRowAmongManyWritesNothingAndNamesItsIndex() {
        List<Member> batch = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            batch.add(new Member("Member " + i, "member" + i + "@example.com", 20 + i));
        }
        Member seventh = batch.get(7);
        seventh.email = "seven";
        db.sqlLog().clear();
        ConstraintViolationException thrown =
                assertThrows(ConstraintViolationException.class, () -> members.insertAll(batch));
        assertEquals("Member[7].email: must be a well-formed email address (was 'seven')", thrown.getMessage());
        ConstraintViolation<?> violation =
                thrown.getConstraintViolations().iterator().next();
        assertSame(seventh, violation.getRootBean());
        assertEquals("", db.sqlLog().toString(), "no statement was sent");
        assertEquals(0, members.count());
    }

    @Test
    void insertAllReportsEveryViolationOfEveryRowInOrder() {
        List<Member> batch = List.of(
                new Member("Ada", "ada@example.com", 36),
                new Member("Bob", "bob@", 151),
                new Member("Cy", "cy@example.com", 5),
                new Member("", "dee@example.com", 7));
        ConstraintViolationException thrown =
                assertThrows(ConstraintViolationException.class, () -> members.insertAll(batch));
        assertEquals(
                "Member[1].age: must be less than or equal to 150 (was 151);"
                        + " Member[1].email: must be a well-formed email address (was 'bob@');"
                        + " Member[3].name: must not be blank (was '')",
                thrown.getMessage());
        assertEquals(3, thrown.getConstraintViolations().size());
        assertEquals(0, members.count());
    }

    @Test
    void validObjectsAreWritten() {
        db.sqlLog().clear();
        Member ada = members.insert(new Member("Ada", "ada@example.com", 36));
        List<Member> more = members.insertAll(
                List.of(new Member("Alan", "alan@example.com", 41), new Member("Grace", "grace@example.com", null)));
        assertEquals(2, db.sqlLog().count(), "one statement for the insert, one for the batch: " + db.sqlLog());
        assertNotNull(ada.id);
        assertEquals(3, members.count());
        assertEquals("Grace", members.get(more.get(1).id).name);
    }

    @Test
    void aRecordIsValidatedLikeAClass() {
        ConstraintViolationException thrown = assertThrows(
                ConstraintViolationException.class, () -> products.insert(new Product(" ", "-0.01", "EUR")));
        assertEquals(
                "Product.name: must not be blank (was ' ');"
                        + " Product.price: must be greater than or equal to 0.00 (was -0.01)",
                thrown.getMessage());
        Product tea = products.insert(new Product("Tea", "3.50", "EUR"));
        assertEquals(tea, products.get(tea.id()));
    }

    @Test
    void aRefusedWriteLeavesTheTransactionUsable() {
        toasty.useTransaction(tx -> {
            members.insert(new Member("Ada", "ada@example.com", 36));
            assertThrows(ConstraintViolationException.class, () -> members.insert(new Member("Bob", "bob", 1)));
            members.insert(new Member("Cy", "cy@example.com", 5));
        });
        assertEquals(2, members.count());
    }

    @Test
    void aLongValueIsShortenedInTheMessageButKeptInTheViolation() {
        String name = "N".repeat(300);
        ConstraintViolationException thrown = assertThrows(
                ConstraintViolationException.class, () -> members.insert(new Member(name, "n@example.com", 1)));
        assertTrue(
                thrown.getMessage()
                        .matches(
                                "Member\\.name: size must be between 0 and 40 \\(was 'N{57}\\.\\.\\.', 300 characters\\)"),
                thrown.getMessage());
        assertEquals(name, thrown.getConstraintViolations().iterator().next().getInvalidValue());
    }
}
