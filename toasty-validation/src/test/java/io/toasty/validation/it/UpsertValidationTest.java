package io.toasty.validation.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.toasty.OnConflict;
import io.toasty.Repository;
import io.toasty.Toasty;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.TestDatabase;
import io.toasty.validation.BeanValidationWriteListener;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** upsert and upsertAll validate every object, with the insert groups, before their one statement. */
@DatabaseTest
class UpsertValidationTest {
    private final TestDatabase db;
    private final Repository<Member> members;

    UpsertValidationTest(TestDatabase db) {
        this.db = db;
        Toasty toasty = Fixtures.toasty(db, new BeanValidationWriteListener(Fixtures.VALIDATOR), Member.class);
        toasty.schema().create();
        this.members = toasty.repository(Member.class);
    }

    @Test
    void anInvalidUpsertIsRefusedWithNoStatementAndTheRowIsUntouched() {
        Member ada = members.insert(new Member("Ada", "ada@example.com", 36));
        Member bad = new Member(" ", "x", 200);
        bad.id = ada.id;
        db.sqlLog().clear();
        ConstraintViolationException thrown = assertThrows(
                ConstraintViolationException.class,
                () -> members.upsert(bad, OnConflict.onKey(Member.class).updateAll()));
        assertEquals(
                "Member.age: must be less than or equal to 150 (was 200);"
                        + " Member.email: must be a well-formed email address (was 'x');"
                        + " Member.name: must not be blank (was ' ')",
                thrown.getMessage());
        assertEquals("", db.sqlLog().toString(), "no statement was sent");
        assertEquals("Ada", members.get(ada.id).name);
    }

    @Test
    void upsertAllChecksEveryObjectFirstAndNamesTheIndexOfTheBadOne() {
        Member ada = members.insert(new Member("Ada", "ada@example.com", 36));
        Member renamed = new Member("Ada L", "ada@example.com", 37);
        renamed.id = ada.id;
        Member terms = new Member("Bob", "bob@example.com", 40);
        terms.id = ada.id + 1;
        terms.email = "bob";
        db.sqlLog().clear();
        ConstraintViolationException thrown = assertThrows(
                ConstraintViolationException.class,
                () -> members.upsertAll(
                        List.of(renamed, terms), OnConflict.onKey(Member.class).updateAll()));
        assertEquals("Member[1].email: must be a well-formed email address (was 'bob')", thrown.getMessage());
        assertEquals("", db.sqlLog().toString(), "no statement was sent");
        assertEquals("Ada", members.get(ada.id).name);
        assertEquals(1, members.count());

        terms.email = "bob@example.com";
        List<Member> rows = members.upsertAll(
                List.of(renamed, terms), OnConflict.onKey(Member.class).updateAll());
        assertEquals(List.of("Ada L", "Bob"), rows.stream().map(m -> m.name).toList());
        assertEquals(2, members.count());
    }
}
