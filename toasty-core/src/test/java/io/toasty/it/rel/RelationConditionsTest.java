package io.toasty.it.rel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.toasty.Repository;
import io.toasty.Toasty;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Conditions through relations: EXISTS subqueries, so a row matches once however many related rows match. */
@DatabaseTest
class RelationConditionsTest {
    private static final String USER_COLUMNS = "\"id\", \"name\", \"age\"";

    private final TestDatabase db;
    private final Toasty toasty;
    private final Repository<User> users;
    private final Repository<Post> posts;

    RelationConditionsTest(TestDatabase db) {
        this.db = db;
        this.toasty = db.toasty(RelationsTest.MODELS);
        this.users = toasty.repository(User.class);
        this.posts = toasty.repository(Post.class);
    }

    /** Ada: two published posts; Bob: one published, one draft; Cy: none. Ada is in "admins". */
    @BeforeEach
    void blog() {
        User ada = users.insert(new User("Ada", 36));
        User bob = users.insert(new User("Bob", 40));
        users.insert(new User("Cy", 25));
        posts.insert(new Post(ada, "Hello", true));
        posts.insert(new Post(ada, "World", true));
        posts.insert(new Post(bob, "Bob's", true));
        posts.insert(new Post(bob, "Draft", false));
        Group admins = toasty.repository(Group.class).insert(new Group("admins"));
        users.link(ada, User_.groups, admins);
        db.sqlLog().clear();
    }

    private List<String> names(io.toasty.query.Condition<User> condition) {
        return users.query().where(condition).orderBy(User_.name.asc()).list().stream()
                .map(u -> u.name)
                .toList();
    }

    private String lastStatement() {
        List<String> statements = db.sqlLog().statements();
        String last = statements.get(statements.size() - 1);
        db.sqlLog().clear();
        return last;
    }

    @Test
    void anyPostMatchingReturnsEachUserOnce() {
        assertEquals(List.of("Ada", "Bob"), names(User_.posts.any(Post_.published.eq(true))));
        assertEquals(
                "SELECT " + USER_COLUMNS + " FROM \"users\" WHERE EXISTS (SELECT 1 FROM \"posts\" t1 WHERE"
                        + " t1.\"author_id\" = \"users\".\"id\" AND (\"published\" = ?)) ORDER BY \"name\" ASC NULLS LAST",
                lastStatement());
        assertEquals(2, users.where(User_.posts.any(Post_.published.eq(true))).count());
    }

    @Test
    void allPostsMatching() {
        assertEquals(List.of("Ada", "Cy"), names(User_.posts.all(Post_.published.eq(true))));
        assertEquals(
                "SELECT " + USER_COLUMNS + " FROM \"users\" WHERE NOT EXISTS (SELECT 1 FROM \"posts\" t1 WHERE"
                        + " t1.\"author_id\" = \"users\".\"id\" AND (\"published\" = ?) IS NOT TRUE) ORDER BY"
                        + " \"name\" ASC NULLS LAST",
                lastStatement());
        assertEquals(
                List.of("Ada"), names(User_.posts.all(Post_.published.eq(true)).and(User_.posts.exists())));
    }

    @Test
    void noPostsAndNoPostsMatching() {
        assertEquals(List.of("Cy"), names(User_.posts.isEmpty()));
        assertEquals(
                "SELECT " + USER_COLUMNS + " FROM \"users\" WHERE NOT EXISTS (SELECT 1 FROM \"posts\" t1 WHERE"
                        + " t1.\"author_id\" = \"users\".\"id\") ORDER BY \"name\" ASC NULLS LAST",
                lastStatement());
        assertEquals(List.of("Ada", "Cy"), names(User_.posts.none(Post_.published.eq(false))));
    }

    @Test
    void postsWhoseAuthorMatches() {
        List<String> titles =
                posts.query().where(Post_.author.any(User_.age.gt(38))).orderBy(Post_.title.asc()).list().stream()
                        .map(p -> p.title)
                        .toList();
        assertEquals(List.of("Bob's", "Draft"), titles);
        assertEquals(
                "SELECT \"id\", \"author_id\", \"title\", \"published\" FROM \"posts\" WHERE EXISTS (SELECT 1 FROM"
                        + " \"users\" t1 WHERE t1.\"id\" = \"posts\".\"author_id\" AND (\"age\" > ?)) ORDER BY"
                        + " \"title\" ASC NULLS LAST",
                lastStatement());
    }

    @Test
    void nestedAndManyToManyConditions() {
        assertEquals(List.of("Ada"), names(User_.groups.any(Group_.name.eq("admins"))));
        assertEquals(
                "SELECT " + USER_COLUMNS + " FROM \"users\" WHERE EXISTS (SELECT 1 FROM \"members\" t1 WHERE"
                        + " t1.\"user_id\" = \"users\".\"id\" AND EXISTS (SELECT 1 FROM \"groups\" t2 WHERE t2.\"id\""
                        + " = t1.\"group_id\" AND (\"name\" = ?))) ORDER BY \"name\" ASC NULLS LAST",
                lastStatement());
        // posts whose author has a draft: a condition through two relations
        long withDraftingAuthor = posts.where(Post_.author.any(User_.posts.any(Post_.published.eq(false))))
                .count();
        assertEquals(2, withDraftingAuthor);
        assertEquals(
                "SELECT COUNT(*) FROM \"posts\" WHERE EXISTS (SELECT 1 FROM \"users\" t1 WHERE t1.\"id\" ="
                        + " \"posts\".\"author_id\" AND (EXISTS (SELECT 1 FROM \"posts\" t2 WHERE t2.\"author_id\" ="
                        + " t1.\"id\" AND (\"published\" = ?))))",
                lastStatement());
    }

    @Test
    void setBasedWritesTakeConditionsThroughRelations() {
        long changed = posts.where(Post_.author.any(User_.name.eq("Bob"))).update(Post_.published.set(true));
        assertEquals(2, changed);
        assertEquals(
                "UPDATE \"posts\" SET \"published\" = ? WHERE EXISTS (SELECT 1 FROM \"users\" t1 WHERE t1.\"id\" ="
                        + " \"posts\".\"author_id\" AND (\"name\" = ?))",
                lastStatement());
        assertEquals(1, users.where(User_.posts.isEmpty()).delete());
        assertEquals(2, users.count());
    }

    @Test
    void selfReferentialConditionsUseAliases() {
        Repository<Category> categories = toasty.repository(Category.class);
        Category root = categories.insert(new Category("root", null));
        Category a = categories.insert(new Category("a", root));
        categories.insert(new Category("a1", a));
        List<String> withGrandchildren =
                categories.query().where(Category_.children.any(Category_.children.exists())).list().stream()
                        .map(c -> c.name)
                        .toList();
        assertEquals(List.of("root"), withGrandchildren);
    }
}
