package io.toasty.writes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.toasty.InvalidValueException;
import io.toasty.OnConflict;
import io.toasty.Repository;
import io.toasty.Toasty;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Insert-or-update and insert-or-ignore on a unique key, one statement per call. */
@DatabaseTest
class UpsertTest {
    private final TestDatabase db;
    private final Repository<Subscriber> subscribers;
    private final Repository<Setting> settings;

    UpsertTest(TestDatabase db) {
        this.db = db;
        Toasty toasty = db.toasty(Subscriber.class, Setting.class);
        this.subscribers = toasty.repository(Subscriber.class);
        this.settings = toasty.repository(Setting.class);
    }

    @Test
    void upsertInsertsThenUpdatesTheListedFieldsInOneStatementEach() {
        db.sqlLog().clear();
        Subscriber first = subscribers.upsert(
                new Subscriber("ada@example.com", "Ada", 1),
                OnConflict.on(Subscriber_.email).update(Subscriber_.name));
        assertEquals(1, db.sqlLog().count(), db.sqlLog().toString());
        assertNotNull(first.id);
        assertEquals(1, first.version);
        assertEquals("Ada", first.name);

        Subscriber again = subscribers.upsert(
                new Subscriber("ada@example.com", "Ada Lovelace", 5),
                OnConflict.on(Subscriber_.email).update(Subscriber_.name));
        assertEquals(2, db.sqlLog().count(), db.sqlLog().toString());
        assertEquals(first.id, again.id);
        assertEquals("Ada Lovelace", again.name);
        assertEquals(1, again.visits, "visits was not listed, so the row keeps its own");
        assertEquals(2, again.version, "the version moves on");
        assertEquals(1, subscribers.count());
    }

    @Test
    void upsertAllWritesManyRowsInOneStatementAndReturnsThemInOrder() {
        subscribers.insert(new Subscriber("b@x", "B", 1));
        db.sqlLog().clear();
        List<Subscriber> rows = subscribers.upsertAll(
                List.of(new Subscriber("c@x", "C", 3), new Subscriber("b@x", "B2", 20), new Subscriber("a@x", "A", 1)),
                OnConflict.on(Subscriber_.email).updateAll());
        assertEquals(1, db.sqlLog().count(), db.sqlLog().toString());
        assertEquals(List.of("C", "B2", "A"), rows.stream().map(s -> s.name).toList());
        assertEquals(List.of(3, 20, 1), rows.stream().map(s -> s.visits).toList());
        assertEquals(List.of(1L, 2L, 1L), rows.stream().map(s -> s.version).toList());
        assertEquals(3, subscribers.count());
        assertEquals(
                20,
                subscribers.where(Subscriber_.email.eq("b@x")).one().visits,
                "updateAll copies every field but the key and the target");
    }

    @Test
    void ignoreLeavesTheExistingRowAndReturnsIt() {
        Subscriber existing = subscribers.insert(new Subscriber("a@x", "A", 7));
        List<Subscriber> rows = subscribers.upsertAll(
                List.of(new Subscriber("a@x", "Other", 0), new Subscriber("n@x", "New", 2)),
                OnConflict.on(Subscriber_.email).ignore());
        assertEquals(existing.id, rows.get(0).id);
        assertEquals("A", rows.get(0).name);
        assertEquals(1, rows.get(0).version, "an ignored row is not touched");
        assertEquals("New", rows.get(1).name);
        assertEquals("A", subscribers.get(existing.id).name);
        assertEquals(2, subscribers.count());
    }

    @Test
    void upsertOnTheKeyOfARecordAndOnANamedConstraint() {
        settings.insert(new Setting("theme", "ui", "Theme", "dark"));
        Setting byKey = settings.upsert(
                new Setting("theme", "ui", "Theme", "light"),
                OnConflict.onKey(Setting.class).updateAll());
        assertEquals("light", byKey.value());
        Setting byConstraint = settings.upsert(
                new Setting("other-name", "ui", "Theme", "blue"),
                OnConflict.onConstraint(Setting.class, "uk_settings_scope_label")
                        .update(Setting_.value));
        assertEquals("theme", byConstraint.name(), "the existing row, found by the constraint");
        assertEquals("blue", byConstraint.value());
        assertEquals(1, settings.count());
        Setting ignored = settings.upsert(
                new Setting("theme", "x", "y", "z"),
                OnConflict.onKey(Setting.class).ignore());
        assertEquals("blue", ignored.value());
    }

    @Test
    void aTargetThatIsNotAUniqueKeyIsRefusedBeforeAnySql() {
        db.sqlLog().clear();
        InvalidValueException thrown = assertThrows(
                InvalidValueException.class,
                () -> subscribers.upsert(
                        new Subscriber("a@x", "A", 1),
                        OnConflict.on(Subscriber_.name).updateAll()));
        assertEquals(
                "An upsert of Subscriber on [name] needs a unique key on exactly those fields: Subscriber has the key"
                        + " [id], uk_subscribers_email [email]; declare it with @Unique or @Model(indexes = @Index(...,"
                        + " unique = true))",
                thrown.getMessage());
        assertEquals(0, db.sqlLog().count());
    }

    @Test
    void badInputIsRefusedBeforeAnySqlAndNothingIsWritten() {
        db.sqlLog().clear();
        InvalidValueException twice = assertThrows(
                InvalidValueException.class,
                () -> subscribers.upsertAll(
                        List.of(new Subscriber("a@x", "A", 1), new Subscriber("a@x", "B", 2)),
                        OnConflict.on(Subscriber_.email).updateAll()));
        assertEquals(
                "upsertAll of Subscriber was given two objects with [email] = [a@x]: one statement can write a row"
                        + " only once",
                twice.getMessage());
        InvalidValueException key = assertThrows(
                InvalidValueException.class,
                () -> subscribers.upsert(
                        new Subscriber("a@x", "A", 1),
                        OnConflict.on(Subscriber_.email).update(Subscriber_.id)));
        assertEquals("Subscriber.id cannot be updated by an upsert: it is part of the key", key.getMessage());
        InvalidValueException generated = assertThrows(
                InvalidValueException.class,
                () -> subscribers.upsert(
                        new Subscriber("a@x", "A", 1),
                        OnConflict.onKey(Subscriber.class).updateAll()));
        assertEquals(
                "upsert of Subscriber on [id] needs a value of Subscriber.id: it is generated on insert, so conflict"
                        + " on a @Unique field instead",
                generated.getMessage());
        InvalidValueException unknown = assertThrows(
                InvalidValueException.class,
                () -> settings.upsert(
                        new Setting("a", "b", "c", "d"),
                        OnConflict.onConstraint(Setting.class, "nope").ignore()));
        assertEquals(
                "An upsert of Setting names the constraint 'nope', which is not a unique constraint of Setting: it"
                        + " has the key [name], uk_settings_scope_label [scope, label]",
                unknown.getMessage());
        InvalidValueException nullName = assertThrows(
                InvalidValueException.class,
                () -> subscribers.upsert(
                        new Subscriber(null, "A", 1),
                        OnConflict.on(Subscriber_.email).ignore()));
        assertEquals(
                "upsert of Subscriber on [email] needs a value of Subscriber.email: set it", nullName.getMessage());
        assertEquals(0, db.sqlLog().count());
        assertEquals(0, subscribers.count());
    }

    @Test
    void theStatementShapeOfEachDialect() {
        db.sqlLog().clear();
        subscribers.upsert(
                new Subscriber("a@x", "A", 1), OnConflict.on(Subscriber_.email).update(Subscriber_.name));
        String columns = "\"id\", \"email\", \"name\", \"visits\", \"version\", \"created_at\", \"updated_at\"";
        String expected = db.isPostgres()
                ? "INSERT INTO \"subscribers\" AS t_ (\"email\", \"name\", \"visits\", \"version\", \"created_at\","
                        + " \"updated_at\") VALUES (?, ?, ?, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP) ON CONFLICT"
                        + " (\"email\") DO UPDATE SET \"name\" = EXCLUDED.\"name\", \"version\" = t_.\"version\" + 1,"
                        + " \"updated_at\" = CURRENT_TIMESTAMP RETURNING " + columns
                : "SELECT " + columns + " FROM FINAL TABLE (MERGE INTO \"subscribers\" AS t_ USING (VALUES (?, ?, ?))"
                        + " AS s_(\"email\", \"name\", \"visits\") ON t_.\"email\" = s_.\"email\" WHEN MATCHED THEN"
                        + " UPDATE SET \"name\" = s_.\"name\", \"version\" = t_.\"version\" + 1, \"updated_at\" ="
                        + " CURRENT_TIMESTAMP WHEN NOT MATCHED THEN INSERT (\"email\", \"name\", \"visits\","
                        + " \"version\", \"created_at\", \"updated_at\") VALUES (s_.\"email\", s_.\"name\","
                        + " s_.\"visits\", 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP))";
        assertEquals(List.of(expected), db.sqlLog().statements());
    }
}
