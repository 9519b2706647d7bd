package io.toasty.examples.bookstore;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.toasty.testing.SharedPostgres;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * The same endpoints on PostgreSQL, through the application's {@code pg} profile, in a schema of their own on the
 * test server (the local one, {@code TOASTY_TEST_PG_URL}, or an embedded one).
 */
@QuarkusTest
@TestProfile(BookstoreOnPostgresTest.OnPostgres.class)
@DisabledIfSystemProperty(named = "toasty.test.databases", matches = "h2")
class BookstoreOnPostgresTest extends BookstoreTest {
    @Override
    String expectedDatabase() {
        return "PostgreSQL";
    }

    /** The {@code pg} profile, pointed at a new schema. */
    public static class OnPostgres implements QuarkusTestProfile {
        @Override
        public String getConfigProfile() {
            return "pg";
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            String key = "toasty.bookstore.test.schema";
            if (System.getProperty(key) == null) {
                try {
                    SharedPostgres.Schema schema = SharedPostgres.newSchema("bookstore");
                    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                        try {
                            schema.close();
                        } catch (SQLException e) {
                            System.err.println("Could not drop the bookstore's test schema: " + e);
                        }
                    }));
                    System.setProperty(
                            key,
                            schema.jdbcUrl() + "\n" + schema.user() + "\n"
                                    + schema.password().orElse(""));
                } catch (SQLException e) {
                    throw new IllegalStateException("Cannot make a PostgreSQL schema for the bookstore", e);
                }
            }
            String[] parts = System.getProperty(key).split("\n", -1);
            return parts[2].isEmpty()
                    ? Map.of("quarkus.datasource.jdbc.url", parts[0], "quarkus.datasource.username", parts[1])
                    : Map.of(
                            "quarkus.datasource.jdbc.url",
                            parts[0],
                            "quarkus.datasource.username",
                            parts[1],
                            "quarkus.datasource.password",
                            parts[2]);
        }
    }
}
