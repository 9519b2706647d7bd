package io.toasty.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.toasty.Repository;
import io.toasty.Toasty;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Values that a multi-row insert must carry exactly: on PostgreSQL they travel as one array per column, where a
 * string's quotes, backslashes and braces, the text NULL and a real null must all stay what they were.
 */
@DatabaseTest
class InsertAllTest {
    private final TestDatabase db;
    private final Repository<Person> people;
    private final Repository<Sample> samples;

    InsertAllTest(TestDatabase db) {
        this.db = db;
        Toasty toasty = db.toasty(Person.class, Sample.class);
        this.people = toasty.repository(Person.class);
        this.samples = toasty.repository(Sample.class);
    }

    @Test
    void awkwardStringsAndNullsComeBackAsTheyWere() {
        List<String> names = List.of(
                "a \"quoted\" word",
                "back\\slash and \\\\ two",
                "{braces}",
                "comma, separated",
                "NULL",
                "null",
                "",
                "  spaced  ",
                "'single'",
                "tab\tand\nnewline",
                "emoji 🍞 and ß");
        List<Person> batch = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            batch.add(new Person("p" + i + "@example.com", names.get(i), i % 2 == 0 ? null : i));
        }
        batch.add(new Person("nameless@example.com", null, null));
        db.sqlLog().clear();
        List<Person> inserted = people.insertAll(batch);
        assertEquals(1, db.sqlLog().count(), db.sqlLog().statements().toString());
        for (int i = 0; i < batch.size(); i++) {
            Person read = people.get(inserted.get(i).id);
            assertEquals(batch.get(i).name, read.name, "name " + i);
            assertEquals(batch.get(i).age, read.age, "age " + i);
            assertEquals(Status.ACTIVE, read.status);
            assertEquals(1, read.version);
        }
    }

    @Test
    void everyKindBoundAsAnArrayComesBackAsItWas() {
        List<Sample> batch = List.of(extremes(true), extremes(false), nulls());
        List<Sample> inserted = samples.insertAll(batch);
        for (int i = 0; i < batch.size(); i++) {
            Sample expected = batch.get(i);
            Sample read = samples.get(inserted.get(i).id);
            assertEquals(expected.text, read.text);
            assertEquals(expected.letter, read.letter);
            assertEquals(expected.boxedLetter, read.boxedLetter);
            assertEquals(expected.flag, read.flag);
            assertEquals(expected.boxedFlag, read.boxedFlag);
            assertEquals(expected.tiny, read.tiny);
            assertEquals(expected.small, read.small);
            assertEquals(expected.boxedSmall, read.boxedSmall);
            assertEquals(expected.number, read.number);
            assertEquals(expected.boxedNumber, read.boxedNumber);
            assertEquals(expected.big, read.big);
            assertEquals(Float.floatToIntBits(expected.single), Float.floatToIntBits(read.single), "single " + i);
            assertEquals(expected.boxedSingle, read.boxedSingle);
            assertEquals(
                    Double.doubleToLongBits(expected.precise), Double.doubleToLongBits(read.precise), "precise " + i);
            assertEquals(expected.boxedPrecise, read.boxedPrecise);
            assertEquals(expected.uuid, read.uuid);
            assertEquals(expected.status, read.status);
            assertEquals(expected.ordinal, read.ordinal);
        }
    }

    private static Sample extremes(boolean low) {
        Sample sample = new Sample();
        sample.text = low ? "{\"json\": [1, 2]}" : "x";
        sample.letter = low ? '"' : '\\';
        sample.boxedLetter = low ? '{' : '€';
        sample.flag = low;
        sample.boxedFlag = !low;
        sample.tiny = low ? Byte.MIN_VALUE : Byte.MAX_VALUE;
        sample.small = low ? Short.MIN_VALUE : Short.MAX_VALUE;
        sample.boxedSmall = low ? (short) -1 : (short) 1;
        sample.number = low ? Integer.MIN_VALUE : Integer.MAX_VALUE;
        sample.boxedNumber = low ? 0 : -7;
        sample.big = low ? Long.MIN_VALUE : Long.MAX_VALUE;
        sample.single = low ? Float.MIN_VALUE : Float.MAX_VALUE;
        sample.boxedSingle = low ? Float.NEGATIVE_INFINITY : 0.1f;
        sample.precise = low ? Double.MIN_VALUE : -0.1;
        sample.boxedPrecise = low ? Double.NaN : Math.E;
        sample.uuid = low ? new UUID(0, 0) : UUID.randomUUID();
        sample.status = low ? Status.ACTIVE : Status.CLOSED;
        sample.ordinal = low ? Status.SUSPENDED : Status.ACTIVE;
        return sample;
    }

    private static Sample nulls() {
        Sample sample = new Sample();
        sample.letter = 'n';
        return sample;
    }

    @Test
    void anExplicitValueForAGeneratedKeyIsKeptInABatch() {
        Person chosen = new Person("chosen@example.com", "Chosen", 1);
        chosen.id = 4242L;
        List<Person> inserted = people.insertAll(List.of(chosen, new Person("other@example.com", "Other", 2)));
        assertEquals(4242L, inserted.get(0).id);
        assertTrue(people.existsByKey(4242L));
        assertEquals("Other", people.get(inserted.get(1).id).name);
    }
}
