package io.toasty.migrate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.toasty.migrate.MigrationInfo;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.TestDatabase;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Two migrators started at once, as two instances of an application would: each migration runs exactly once. */
@DatabaseTest
class ConcurrentMigratorsTest {
    private final Fixture fixture;

    ConcurrentMigratorsTest(TestDatabase db) throws IOException {
        this.fixture = new Fixture(db);
    }

    @Test
    void twoMigratorsApplyEachMigrationOnce() throws Exception {
        fixture.write(
                "V1__counter.sql",
                "CREATE TABLE \"runs\" (\"version\" integer NOT NULL);\n" + "INSERT INTO \"runs\" VALUES (1);\n");
        for (int version = 2; version <= 5; version++) {
            fixture.write(
                    "V" + version + "__step.sql",
                    "INSERT INTO \"runs\" VALUES (" + version + ");\n" + "CREATE TABLE \"t" + version
                            + "\" (\"id\" integer);\n");
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<MigrationInfo>>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return fixture.migrator().build().up();
                }));
            }
            start.countDown();
            int applied = 0;
            for (Future<List<MigrationInfo>> run : runs) {
                applied += run.get(60, TimeUnit.SECONDS).size();
            }
            assertEquals(5, applied, "between them, the two applied each of the five migrations once");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of("1", "2", "3", "4", "5"), fixture.column("SELECT \"version\" FROM \"runs\" ORDER BY 1"));
        assertEquals(List.of("1:ok", "2:ok", "3:ok", "4:ok", "5:ok"), fixture.history());
    }
}
