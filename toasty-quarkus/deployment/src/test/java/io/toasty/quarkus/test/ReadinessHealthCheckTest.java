package io.toasty.quarkus.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.QuarkusExtensionTest;
import io.smallrye.health.SmallRyeHealth;
import io.smallrye.health.SmallRyeHealthReporter;
import io.toasty.Toasty;
import io.toasty.quarkus.test.models.Book;
import io.toasty.quarkus.test.testing.TestDatabases;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * With SmallRye Health, the application is ready only when the models' tables are there: down before the schema is
 * created (schema management is {@code none} here), up after.
 */
class ReadinessHealthCheckTest {
    @RegisterExtension
    static final QuarkusExtensionTest TEST = TestDatabases.app(ReadinessHealthCheckTest.class, Book.class);

    @Inject
    SmallRyeHealthReporter health;

    @Inject
    Toasty toasty;

    @Test
    void readyOnceTheTablesExist() {
        SmallRyeHealth before = health.getReadiness();
        assertTrue(before.isDown(), before.getPayload().toString());
        assertTrue(
                toastyCheck(before).getJsonObject("data").getString("<default>").startsWith("DOWN: "));

        toasty.schema().create();

        SmallRyeHealth after = health.getReadiness();
        assertEquals(
                "UP", toastyCheck(after).getString("status"), after.getPayload().toString());
        assertEquals("UP", toastyCheck(after).getJsonObject("data").getString("<default>"));
    }

    private static JsonObject toastyCheck(SmallRyeHealth health) {
        return health.getPayload().getJsonArray("checks").stream()
                .map(check -> (JsonObject) check)
                .filter(check -> check.getString("name").equals("Toasty"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No Toasty check in " + health.getPayload()));
    }
}
