package io.toasty.writes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.toasty.InvalidValueException;
import io.toasty.Repository;
import io.toasty.query.Comparison;
import io.toasty.query.Condition;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Arrays of scalars stored as database arrays, with contains, overlaps and length conditions. */
@DatabaseTest
class ArraysTest {
    private final TestDatabase db;
    private final Repository<Post> posts;

    ArraysTest(TestDatabase db) {
        this.db = db;
        this.posts = db.toasty(Post.class).repository(Post.class);
        posts.insertAll(List.of(
                new Post(null, "Java", new String[] {"java", "jvm"}, new Integer[] {5, 3}, new Long[] {1L, 2L}),
                new Post(null, "Kotlin", new String[] {"kotlin", "jvm", "android"}, new Integer[] {}, new Long[] {2L}),
                new Post(null, "Empty", new String[] {}, null, new Long[] {})));
    }

    private List<String> titles(Condition<Post> condition) {
        return posts.where(condition).orderBy(Post_.id.asc()).list().stream()
                .map(Post::title)
                .toList();
    }

    @Test
    void arraysRoundTripAndAreUpdated() {
        Post java = posts.where(Post_.title.eq("Java")).one();
        assertArrayEquals(new String[] {"java", "jvm"}, java.tags());
        assertArrayEquals(new Integer[] {5, 3}, java.scores());
        assertArrayEquals(new Long[] {1L, 2L}, java.readers());
        Post empty = posts.where(Post_.title.eq("Empty")).one();
        assertEquals(0, empty.tags().length);
        assertNull(empty.scores());
        posts.update(new Post(java.id(), "Java", new String[] {"java", "lts"}, java.scores(), java.readers()));
        assertArrayEquals(new String[] {"java", "lts"}, posts.get(java.id()).tags());
        posts.where(Post_.title.eq("Java")).update(Post_.tags.set(new String[] {"x"}));
        assertArrayEquals(new String[] {"x"}, posts.get(java.id()).tags());
    }

    @Test
    void containsContainsAllAndOverlaps() {
        assertEquals(List.of("Java", "Kotlin"), titles(Post_.tags.contains("jvm")));
        assertEquals(List.of("Kotlin"), titles(Post_.tags.containsAll("jvm", "android")));
        assertEquals(List.of("Java", "Kotlin"), titles(Post_.tags.overlaps("java", "android")));
        assertEquals(List.of(), titles(Post_.tags.overlaps()));
        assertEquals(List.of("Java", "Kotlin"), titles(Post_.readers.contains(2L)));
        assertEquals(List.of("Java"), titles(Post_.scores.contains(5)));
    }

    @Test
    void lengthConditions() {
        assertEquals(List.of("Kotlin"), titles(Post_.tags.length(Comparison.Operator.GE, 3)));
        assertEquals(List.of("Empty"), titles(Post_.tags.length(Comparison.Operator.EQ, 0)));
        assertEquals(List.of("Java", "Kotlin"), titles(Post_.readers.length(Comparison.Operator.GT, 0)));
    }

    @Test
    void theSqlOfEachDialect() {
        db.sqlLog().clear();
        posts.where(Post_.tags.containsAll("a", "b")).count();
        posts.where(Post_.tags.length(Comparison.Operator.LT, 2)).count();
        String contains = db.isPostgres() ? "? = ANY(\"tags\")" : "ARRAY_CONTAINS(\"tags\", ?)";
        assertEquals(
                List.of(
                        "SELECT COUNT(*) FROM \"posts\" WHERE (" + contains + " AND " + contains + ")",
                        "SELECT COUNT(*) FROM \"posts\" WHERE CARDINALITY(\"tags\") < ?"),
                db.sqlLog().statements());
    }

    @Test
    void badElementsAreRefusedBeforeAnySql() {
        db.sqlLog().clear();
        InvalidValueException inQuery =
                assertThrows(InvalidValueException.class, () -> posts.where(Post_.tags.contains("a\0b"))
                        .list());
        assertEquals(
                "Post.tags cannot hold the element 'a\\0b': contains a NUL character (at index 1), which databases"
                        + " cannot store in text",
                inQuery.getMessage());
        InvalidValueException inInsert = assertThrows(
                InvalidValueException.class,
                () -> posts.insert(new Post(null, "Bad", new String[] {"ok", "a\0b"}, null, null)));
        assertEquals(
                "Post.tags cannot store the value [ok, a\\0b]: contains a NUL character (at index 1), which databases"
                        + " cannot store in text",
                inInsert.getMessage());
        assertEquals(0, db.sqlLog().count());
        assertEquals(3, posts.count());
    }
}
