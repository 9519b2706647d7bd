package io.toasty.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.toasty.InvalidValueException;
import io.toasty.NonUniqueResultException;
import io.toasty.NotFoundException;
import io.toasty.Query;
import io.toasty.Repository;
import io.toasty.Toasty;
import io.toasty.query.Condition;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

@DatabaseTest
class QueryTest {
    private final TestDatabase db;
    private final Repository<Person> people;

    QueryTest(TestDatabase db) {
        this.db = db;
        Toasty toasty = db.toasty(Person.class);
        this.people = toasty.repository(Person.class);
        people.insertAll(List.of(
                new Person("ada@example.com", "Ada", 36, 10),
                new Person("alan@example.com", "Alan", 41, 41),
                new Person("grace@example.com", "Grace", 85, 90),
                new Person("linus@example.com", "Linus", 17, 5),
                new Person("nobody@example.com", null, null, 0),
                new Person("percent@example.com", "100% _real_", 50, 60),
                new Person("slash@example.com", "back\\slash", 51, 0)));
    }

    private List<String> emails(Query<Person> query) {
        return query.list().stream()
                .map(p -> p.email.substring(0, p.email.indexOf('@')))
                .sorted()
                .toList();
    }

    private List<String> where(Condition<Person> condition) {
        return emails(people.where(condition));
    }

    @Test
    void comparisons() {
        assertEquals(List.of("ada"), where(Person_.age.eq(36)));
        assertEquals(List.of("alan", "grace", "linus", "percent", "slash"), where(Person_.age.ne(36)));
        assertEquals(List.of("linus"), where(Person_.age.lt(36)));
        assertEquals(List.of("ada", "linus"), where(Person_.age.le(36)));
        assertEquals(List.of("grace"), where(Person_.age.gt(51)));
        assertEquals(List.of("grace", "slash"), where(Person_.age.ge(51)));
        assertEquals(List.of("ada", "alan"), where(Person_.age.between(36, 41)));
        assertEquals(List.of("grace"), where(Person_.status.eq(Status.ACTIVE).and(Person_.name.eq("Grace"))));
    }

    @Test
    void nulls() {
        assertEquals(List.of("nobody"), where(Person_.age.isNull()));
        assertEquals(6, people.where(Person_.name.isNotNull()).count());
        IllegalArgumentException eqNull =
                assertThrows(IllegalArgumentException.class, () -> Person_.age.eq((Integer) null));
        assertEquals(
                "Person.age.eq(null): a condition cannot compare with null; use isNull() or isNotNull()",
                eqNull.getMessage());
    }

    @Test
    void inAndNotIn() {
        assertEquals(List.of("ada", "grace"), where(Person_.age.in(List.of(36, 85, 1000))));
        assertEquals(List.of("alan", "linus", "percent", "slash"), where(Person_.age.notIn(List.of(36, 85))));
        assertEquals(List.of(), where(Person_.age.in(List.of())));
        assertEquals(7, people.where(Person_.age.notIn(List.of())).count(), "NOT IN () excludes nothing");
        assertEquals(
                List.of("ada"), where(Person_.status.in(List.of(Status.ACTIVE)).and(Person_.age.eq(36))));
    }

    @Test
    void inListsLargerThanTheBindLimitAreOneArray() {
        List<Long> ids = new ArrayList<>(LongStream.range(-70_000, 0).boxed().toList());
        Person ada = people.where(Person_.name.eq("Ada")).one();
        ids.add(ada.id);
        db.sqlLog().clear();
        assertEquals(List.of("ada"), where(Person_.id.in(ids)));
        assertEquals(db.isH2() ? 2 : 1, db.sqlLog().events().get(0).bindCount(), "bound as arrays, not 70,001 values");
        assertEquals(6, people.where(Person_.id.notIn(ids)).count());
        List<String> names = LongStream.range(0, 2000).mapToObj(i -> "n" + i).collect(Collectors.toList());
        names.add("Grace");
        assertEquals(List.of("grace"), where(Person_.name.in(names)));
    }

    @Test
    void patternsEscapeTheirMetacharacters() {
        assertEquals(List.of("alan", "linus"), where(Person_.name.contains("n")));
        assertEquals(List.of("percent"), where(Person_.name.contains("0% _")));
        assertEquals(List.of(), where(Person_.name.contains("0%_")), "% and _ match only themselves");
        assertEquals(List.of("slash"), where(Person_.name.contains("k\\s")));
        assertEquals(List.of("ada", "alan"), where(Person_.name.startsWith("A")));
        assertEquals(List.of("percent"), where(Person_.name.endsWith("_real_")));
        assertEquals(List.of("ada", "alan"), where(Person_.name.like("A%a%")));
        assertEquals(List.of("ada", "alan"), where(Person_.name.startsWithIgnoreCase("a")));
        assertEquals(List.of("grace"), where(Person_.name.containsIgnoreCase("RAC")));
        assertEquals(List.of("linus"), where(Person_.name.endsWithIgnoreCase("US")));
        assertEquals(List.of("grace"), where(Person_.name.eqIgnoreCase("gRaCe")));
        assertEquals(List.of("ada", "alan"), where(Person_.name.likeIgnoreCase("a%")));
    }

    @Test
    void booleanLogic() {
        Condition<Person> young = Person_.age.lt(40);
        Condition<Person> high = Person_.score.gt(50);
        assertEquals(List.of("ada", "grace", "linus", "percent"), where(young.or(high)));
        assertEquals(List.of("alan", "slash"), where(young.or(high).not().and(Person_.age.isNotNull())));
        assertEquals(List.of("ada", "linus"), where(Condition.all(young, Person_.age.isNotNull())));
        assertEquals(List.of(), where(Condition.any()));
        assertEquals(7, people.where(Condition.all()).count());
        assertEquals(List.of("linus"), emails(people.where(young).where(Person_.score.lt(10))), "where calls AND");
    }

    @Test
    void fieldToFieldAndArithmetic() {
        assertEquals(List.of("alan"), where(Person_.score.eq(Person_.age)));
        assertEquals(List.of("grace", "percent"), where(Person_.score.gt(Person_.age)));
        assertEquals(
                List.of("grace", "percent"),
                where(Person_.score.minus(Person_.age).ge(5)));
        assertEquals(List.of("grace"), where(Person_.age.times(2).gt(150)));
        assertEquals(List.of("ada", "alan"), where(Person_.age.plus(4).between(40, 45)));
        assertEquals(List.of("grace"), where(Person_.score.dividedBy(10).eq(9)));
    }

    @Test
    void orderingLimitAndOffset() {
        List<String> byName = people.query().orderBy(Person_.name.asc()).list().stream()
                .map(p -> String.valueOf(p.name))
                .toList();
        assertEquals(List.of("100% _real_", "Ada", "Alan", "Grace", "Linus", "back\\slash", "null"), byName);
        List<String> byNameDesc = people.query().orderBy(Person_.name.desc()).limit(2).list().stream()
                .map(p -> String.valueOf(p.name))
                .toList();
        assertEquals(List.of("null", "back\\slash"), byNameDesc, "nulls first when descending");
        assertEquals(
                List.of("null", "100% _real_"),
                people.query().orderBy(Person_.name.asc().nullsFirst()).limit(2).list().stream()
                        .map(p -> String.valueOf(p.name))
                        .toList());
        List<Integer> scores =
                people
                        .query()
                        .orderBy(Person_.status.asc())
                        .thenBy(Person_.score.desc())
                        .offset(1)
                        .limit(3)
                        .list()
                        .stream()
                        .map(p -> p.score)
                        .toList();
        assertEquals(List.of(60, 41, 10), scores);
    }

    @Test
    void firstLastAndOne() {
        assertEquals("Ada", people.query().first().orElseThrow().name, "first by key without an order");
        assertEquals("back\\slash", people.query().last().orElseThrow().name, "last by key without an order");
        assertEquals(
                "Linus",
                people.where(Person_.age.isNotNull())
                        .orderBy(Person_.age.asc())
                        .first()
                        .orElseThrow()
                        .name);
        assertEquals(
                "Grace",
                people.where(Person_.age.isNotNull())
                        .orderBy(Person_.age.asc())
                        .last()
                        .orElseThrow()
                        .name);
        assertTrue(people.where(Person_.age.gt(1000)).first().isEmpty());
        assertEquals("Grace", people.where(Person_.age.gt(80)).one().name);
        NotFoundException none = assertThrows(NotFoundException.class, () -> people.where(Person_.age.gt(1000))
                .one());
        assertTrue(none.getMessage().startsWith("No Person matches the query"), none.getMessage());
        NonUniqueResultException many =
                assertThrows(NonUniqueResultException.class, () -> people.where(Person_.age.gt(40))
                        .one());
        assertTrue(many.getMessage().startsWith("More than one Person matches the query"), many.getMessage());
    }

    @Test
    void countAndExists() {
        assertEquals(7, people.count());
        assertEquals(3, people.where(Person_.age.gt(41)).count());
        assertEquals(2, people.where(Person_.age.gt(41)).limit(2).count());
        assertEquals(1, people.where(Person_.age.gt(41)).offset(2).count());
        assertTrue(people.where(Person_.name.eq("Ada")).exists());
        assertFalse(people.where(Person_.name.eq("Nobody")).exists());
    }

    @Test
    void streamReadsLazilyAndGivesTheConnectionBack() {
        try (Stream<Person> stream = people.query().orderBy(Person_.id.asc()).stream()) {
            assertEquals(
                    List.of("Ada", "Alan"), stream.limit(2).map(p -> p.name).toList());
        }
        for (int i = 0; i < 10; i++) { // more than the pool holds: each stream gave its connection back
            try (Stream<Person> stream = people.query().stream()) {
                assertEquals(7, stream.count());
            }
        }
    }

    @Test
    void setBasedUpdateAndDeleteReturnTheRowsTheyTouched() {
        long older = people.where(Person_.age.ge(50)).update(Person_.score.set(Person_.score.plus(1)));
        assertEquals(3, older);
        assertEquals(91, people.where(Person_.name.eq("Grace")).one().score);
        assertEquals(2, people.where(Person_.name.eq("Grace")).one().version, "the version moves on");
        long renamed = people.where(Person_.name.startsWith("A"))
                .update(List.of(Person_.status.set(Status.CLOSED), Person_.age.set((Integer) null)));
        assertEquals(2, renamed);
        assertEquals(
                List.of("ada", "alan"), where(Person_.status.eq(Status.CLOSED).and(Person_.age.isNull())));
        assertEquals(0, people.where(Person_.age.gt(1000)).update(Person_.score.set(0)));
        assertEquals(2, people.where(Person_.status.eq(Status.CLOSED)).delete());
        assertEquals(5, people.count());
        assertEquals(5, people.query().delete());
        assertEquals(0, people.count());
    }

    @Test
    void setBasedWritesRefuseWhatTheyCannotDo() {
        db.sqlLog().clear();
        InvalidValueException version =
                assertThrows(InvalidValueException.class, () -> people.query().update(Person_.version.set(5L)));
        assertEquals(
                "Person.version cannot be set by a set-based update: Toasty increments the version itself",
                version.getMessage());
        InvalidValueException limited = assertThrows(
                InvalidValueException.class, () -> people.query().limit(1).delete());
        assertTrue(limited.getMessage().startsWith("A set-based delete of Person applies to every matching row"));
        InvalidValueException notNull = assertThrows(
                InvalidValueException.class, () -> people.query().update(Person_.email.set((String) null)));
        assertTrue(
                notNull.getMessage().startsWith("Person.email is null, but its column is NOT NULL"),
                notNull.getMessage());
        assertEquals(0, db.sqlLog().count(), "nothing was sent");
    }

    @Test
    void queriesAreImmutable() {
        Query<Person> adults = people.where(Person_.age.ge(18));
        Query<Person> oldAdults = adults.where(Person_.age.ge(80));
        assertEquals(5, adults.count());
        assertEquals(1, oldAdults.count());
        assertEquals(5, adults.count());
    }
}
