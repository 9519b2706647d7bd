package io.toasty.jta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.toasty.Repository;
import io.toasty.Toasty;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Raw SQL and projections run on the JTA transaction's connection, and roll back with it. */
@DatabaseTest
class RawSqlUnderJtaTest {
    record Total(long entries, long amount) {}

    private final JtaDatabase jta;
    private final Toasty toasty;
    private final Repository<Entry> entries;

    RawSqlUnderJtaTest(TestDatabase db) throws Exception {
        this.jta = new JtaDatabase(db);
        this.toasty = jta.toasty(Entry.class);
        this.entries = toasty.repository(Entry.class);
    }

    @AfterEach
    void close() throws Exception {
        jta.close();
    }

    @Test
    void rawSqlJoinsTheJtaTransaction() throws Exception {
        jta.manager.begin();
        entries.insert(new Entry("a", 5));
        toasty.sql("INSERT INTO \"entries\" (\"name\", \"amount\") VALUES (:name, ?)", 7)
                .bind("name", "b")
                .execute();
        assertEquals(
                new Total(2, 12),
                toasty.sql("SELECT COUNT(*) AS entries, SUM(\"amount\") AS amount FROM \"entries\"")
                        .one(Total.class));
        assertEquals(
                new Total(2, 12),
                entries.query()
                        .select(Total.class, Entry_.name.count(), Entry_.amount.sum())
                        .one());
        assertEquals(1, jta.activeConnections(), "one connection for the whole transaction");
        jta.manager.rollback();

        assertEquals(List.of(), entries.query().list());
        assertEquals(0, jta.activeConnections());
    }
}
