package io.toasty.writes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.toasty.MappingException;
import io.toasty.Repository;
import io.toasty.UnsupportedFeatureException;
import io.toasty.query.Comparison;
import io.toasty.query.Condition;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.TestDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Conditions on a path inside a JSON field: PostgreSQL's #>>, a clear refusal on H2. */
@DatabaseTest
class JsonPathTest {
    private final TestDatabase db;
    private final Repository<Profile> profiles;

    JsonPathTest(TestDatabase db) {
        this.db = db;
        this.profiles = db.toasty(Profile.class).repository(Profile.class);
        profiles.insertAll(List.of(
                new Profile("ada", true, Map.of("theme", "dark", "ui", Map.of("size", 12))),
                new Profile("bob", true, Map.of("theme", "light", "ui", Map.of("size", 14))),
                new Profile("cy", false, Map.of("ui", Map.of()))));
    }

    private List<String> names(Condition<Profile> condition) {
        return profiles.where(condition).orderBy(Profile_.name.asc()).list().stream()
                .map(Profile::name)
                .toList();
    }

    @Test
    void onPostgresqlTheTextAtAPathIsCompared() {
        if (!db.isPostgres()) {
            return;
        }
        db.sqlLog().clear();
        assertEquals(List.of("ada"), names(Profile_.prefs.jsonText("theme").eq("dark")));
        assertEquals(
                "SELECT \"name\", \"active\", \"prefs\" FROM \"profiles\" WHERE (\"prefs\" #>> ?) = ? ORDER BY"
                        + " \"name\" ASC",
                db.sqlLog().statements().get(0));
        assertEquals(List.of("bob"), names(Profile_.prefs.jsonText("ui", "size").eq("14")));
        assertEquals(List.of("cy"), names(Profile_.prefs.jsonText("theme").eq(null)));
        assertEquals(
                List.of("ada", "bob"), names(Profile_.prefs.jsonText("theme").ne(null)));
        assertEquals(List.of("bob"), names(Profile_.prefs.jsonText("theme").compare(Comparison.Operator.GT, "k")));
    }

    @Test
    void onH2AJsonPathIsRefusedBeforeAnySql() {
        if (!db.isH2()) {
            return;
        }
        db.sqlLog().clear();
        UnsupportedFeatureException thrown = assertThrows(
                UnsupportedFeatureException.class,
                () -> names(Profile_.prefs.jsonText("ui", "size").eq("14")));
        assertEquals(
                "Conditions on a JSON path (Profile.prefs -> ui -> size) are not supported on H2, which has no JSON"
                        + " path operators: compare whole values, or filter in Java",
                thrown.getMessage());
        assertEquals(0, db.sqlLog().count());
    }

    @Test
    void aPathIntoAFieldThatIsNotJsonIsRefused() {
        db.sqlLog().clear();
        MappingException thrown = assertThrows(
                MappingException.class,
                () -> names(Profile_.active.jsonText("x").eq("y")));
        assertEquals("Profile.active is not a @Json field: jsonText(...) reads inside JSON only", thrown.getMessage());
        assertEquals(0, db.sqlLog().count());
    }
}
