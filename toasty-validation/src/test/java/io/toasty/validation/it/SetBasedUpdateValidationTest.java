package io.toasty.validation.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.toasty.Repository;
import io.toasty.Toasty;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.TestDatabase;
import io.toasty.validation.BeanValidationWriteListener;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.groups.Default;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A set-based update checks each plain value it assigns against its property's constraints, with the update groups. */
@DatabaseTest
class SetBasedUpdateValidationTest {
    private final TestDatabase db;
    private final Repository<Member> members;

    SetBasedUpdateValidationTest(TestDatabase db) {
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
        members.insertAll(List.of(new Member("Ada", "ada@example.com", 36), new Member("Bob", "bob@example.com", 40)));
    }

    @Test
    void anInvalidValueIsRefusedAndNoRowChanges() {
        db.sqlLog().clear();
        ConstraintViolationException thrown =
                assertThrows(ConstraintViolationException.class, () -> members.where(Member_.name.eq("Ada"))
                        .update(Member_.email.set("ada")));
        assertEquals("Member.email: must be a well-formed email address (was 'ada')", thrown.getMessage());
        ConstraintViolation<?> violation =
                thrown.getConstraintViolations().iterator().next();
        assertEquals(Member.class, violation.getRootBeanClass());
        assertNull(violation.getRootBean(), "a set-based update has no object");
        assertEquals("", db.sqlLog().toString(), "no statement was sent");
        assertEquals(1, members.where(Member_.email.eq("ada@example.com")).count());
    }

    @Test
    void everyAssignedValueIsChecked() {
        ConstraintViolationException thrown = assertThrows(ConstraintViolationException.class, () -> members.query()
                .update(List.of(
                        Member_.name.set(" "),
                        Member_.age.set(200),
                        Member_.email.set((String) null),
                        Member_.changedBy.set("admin"))));
        assertEquals(
                "Member.age: must be less than or equal to 150 (was 200);"
                        + " Member.email: must not be null (was null);"
                        + " Member.name: must not be blank (was ' ')",
                thrown.getMessage());
        assertEquals(0, members.where(Member_.changedBy.eq("admin")).count());
    }

    @Test
    void theUpdateGroupsApplyAndTheInsertGroupsDoNot() {
        ConstraintViolationException thrown = assertThrows(
                ConstraintViolationException.class, () -> members.query().update(Member_.changedBy.set("")));
        assertEquals("Member.changedBy: must not be blank (was '')", thrown.getMessage());
        assertEquals(2, members.query().update(Member_.acceptedTerms.set(false)));
    }

    @Test
    void validValuesAreWritten() {
        db.sqlLog().clear();
        long changed = members.where(Member_.name.eq("Bob"))
                .update(List.of(Member_.email.set("robert@example.com"), Member_.age.set((Integer) null)));
        assertEquals(1, changed);
        assertEquals(1, db.sqlLog().count(), db.sqlLog().toString());
        Member bob = members.where(Member_.name.eq("Bob")).one();
        assertEquals("robert@example.com", bob.email);
        assertNull(bob.age);
        assertEquals(2, bob.version);
    }

    @Test
    void valuesTheDatabaseComputesAreLeftToIt() {
        members.query().update(Member_.age.set(150));
        assertEquals(2, members.query().update(Member_.age.set(Member_.age.plus(1))));
        assertEquals(2, members.where(Member_.age.eq(151)).count());
    }
}
