package io.toasty.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.toasty.Repository;
import io.toasty.Toasty;
import io.toasty.query.Condition;
import io.toasty.query.Subquery;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Projections, aggregates and subqueries leave a soft-deleting model's deleted rows out, unless asked for. */
@DatabaseTest
class SoftDeleteQueriesTest {
    private final TestDatabase db;
    private final Repository<Person> people;
    private final Repository<Memo> memos;
    private final Person ada;
    private final Person alan;

    SoftDeleteQueriesTest(TestDatabase db) {
        this.db = db;
        Toasty toasty = db.toasty(Person.class, Memo.class);
        this.people = toasty.repository(Person.class);
        this.memos = toasty.repository(Memo.class);
        ada = people.insert(new Person("ada@example.com", "Ada", 36));
        alan = people.insert(new Person("alan@example.com", "Alan", 41));
        List<Memo> inserted = memos.insertAll(List.of(new Memo(ada.id, 1), new Memo(ada.id, 2), new Memo(alan.id, 4)));
        memos.delete(inserted.get(1));
        memos.delete(inserted.get(2));
        db.sqlLog().clear();
    }

    @Test
    void projectionsAndAggregatesSkipDeletedRows() {
        assertEquals(1, memos.query().select(Long.class, Memo_.size.sum()).one());
        assertEquals(
                List.of("SELECT SUM(\"size\") FROM \"memos\" WHERE \"deleted_at\" IS NULL LIMIT 2"),
                db.sqlLog().statements());
        assertEquals(
                7,
                memos.query().withDeleted().select(Long.class, Memo_.size.sum()).one());
    }

    @Test
    void subqueriesSkipDeletedRows() {
        List<Person> withMemos = people.where(
                        Person_.id.in(Subquery.from(Memo.class).select(Memo_.personId)))
                .list();
        assertEquals(List.of(ada.id), withMemos.stream().map(p -> p.id).toList());
        assertEquals(
                "SELECT \"id\", \"email\", \"name\", \"age\", \"score\", \"status\", \"version\" FROM \"people\" WHERE"
                        + " \"id\" IN (SELECT \"person_id\" FROM \"memos\" \"sq1\" WHERE \"sq1\".\"deleted_at\" IS NULL)",
                db.sqlLog().statements().get(0));
        List<Person> without = people.where(
                        Condition.notExists(Subquery.from(Memo.class).correlate(Memo_.personId, Person_.id)))
                .list();
        assertEquals(List.of(alan.id), without.stream().map(p -> p.id).toList());
    }
}
