package io.toasty.validation.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.toasty.Repository;
import io.toasty.Toasty;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.TestDatabase;
import io.toasty.validation.BeanValidationWriteListener;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.groups.Default;
import java.util.List;
import org.junit.jupiter.api.Test;

/** update validates its object with the update groups; insert uses the insert groups; each sees only its own. */
@DatabaseTest
class UpdateValidationTest {
    private final TestDatabase db;
    private final Repository<Member> members;

    UpdateValidationTest(TestDatabase db) {
        this.db = db;
        Toasty toasty = Fixtures.toasty(
                db,
                new BeanValidationWriteListener(
                        Fixtures.VALIDATOR,
                        List.of(Default.class, OnInsert.class),
                        List.of(Default.class, OnUpdate.class)),
                Member.class);
        toasty.schema().create();
        this.members = toasty.repository(Member.class);
    }

    @Test
    void anInvalidUpdateIsRefusedAndTheRowKept() {
        Member ada = members.insert(new Member("Ada", "ada@example.com", 36));
        ada.email = "ada at example.com";
        ada.changedBy = "admin";
        db.sqlLog().clear();
        ConstraintViolationException thrown =
                assertThrows(ConstraintViolationException.class, () -> members.update(ada));
        assertEquals(
                "Member.email: must be a well-formed email address (was 'ada at example.com')", thrown.getMessage());
        assertEquals("", db.sqlLog().toString(), "no statement was sent");
        Member stored = members.get(ada.id);
        assertEquals("ada@example.com", stored.email);
        assertEquals(1, stored.version);
    }

    @Test
    void anUpdateGroupIsCheckedOnUpdateOnly() {
        Member ada = members.insert(new Member("Ada", "ada@example.com", 36)); // changedBy is null: fine on insert
        ConstraintViolationException thrown =
                assertThrows(ConstraintViolationException.class, () -> members.update(ada));
        assertEquals("Member.changedBy: must not be blank (was null)", thrown.getMessage());
        ada.changedBy = "admin";
        members.update(ada);
        assertEquals("admin", members.get(ada.id).changedBy);
        assertEquals(2, members.get(ada.id).version);
    }

    @Test
    void anInsertGroupIsCheckedOnInsertOnly() {
        Member bob = new Member("Bob", "bob@example.com", 40);
        bob.acceptedTerms = false;
        ConstraintViolationException thrown =
                assertThrows(ConstraintViolationException.class, () -> members.insert(bob));
        assertEquals("Member.acceptedTerms: must be true (was false)", thrown.getMessage());
        bob.acceptedTerms = true;
        members.insert(bob);
        bob.acceptedTerms = false; // withdrawn later: not an insert any more
        bob.changedBy = "bob";
        members.update(bob);
        assertEquals(false, members.get(bob.id).acceptedTerms);
    }

    @Test
    void listedGroupsReplaceDefault() {
        Toasty onlyGroups = Fixtures.toasty(
                db,
                new BeanValidationWriteListener(Fixtures.VALIDATOR, List.of(OnInsert.class), List.of(OnUpdate.class)),
                Member.class);
        Repository<Member> lenient = onlyGroups.repository(Member.class);
        Member nameless = lenient.insert(new Member("", "not an email", 500));
        nameless.changedBy = "admin";
        lenient.update(nameless);
        assertEquals(1, lenient.count());
    }

    @Test
    void withoutGroupsOnlyDefaultIsChecked() {
        Toasty plain = Fixtures.toasty(db, new BeanValidationWriteListener(Fixtures.VALIDATOR), Member.class);
        Repository<Member> repository = plain.repository(Member.class);
        Member cy = new Member("Cy", "cy@example.com", 5);
        cy.acceptedTerms = false;
        repository.insert(cy);
        repository.update(cy); // changedBy still null
        assertThrows(ConstraintViolationException.class, () -> repository.insert(new Member("Dee", "dee", 5)));
        assertEquals(1, repository.count());
    }
}
