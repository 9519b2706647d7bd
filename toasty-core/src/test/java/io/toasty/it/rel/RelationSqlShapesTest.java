package io.toasty.it.rel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.toasty.Repository;
import io.toasty.Toasty;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SQL of preloads and links, pinned per dialect (both render the same text). */
@DatabaseTest
class RelationSqlShapesTest {
    private final TestDatabase db;
    private final Toasty toasty;
    private final Repository<User> users;
    private final Repository<Post> posts;

    RelationSqlShapesTest(TestDatabase db) {
        this.db = db;
        this.toasty = db.toasty(RelationsTest.MODELS);
        this.users = toasty.repository(User.class);
        this.posts = toasty.repository(Post.class);
    }

    private List<String> statements() {
        List<String> statements = db.sqlLog().statements();
        db.sqlLog().clear();
        return statements;
    }

    @Test
    void preloads() {
        User ada = users.insert(new User("Ada", 36));
        posts.insert(new Post(ada, "Hello", true));
        Group admins = toasty.repository(Group.class).insert(new Group("admins"));
        users.link(ada, User_.groups, admins);
        db.sqlLog().clear();

        posts.query().include(Post_.author).list();
        assertEquals(
                "SELECT \"id\", \"name\", \"age\" FROM \"users\" WHERE \"id\" = ANY(?)",
                statements().get(1));

        users.query()
                .include(User_.posts.where(Post_.published.eq(true)).orderBy(Post_.title.desc()))
                .list();
        assertEquals(
                "SELECT \"id\", \"author_id\", \"title\", \"published\" FROM \"posts\" WHERE \"author_id\" = ANY(?)"
                        + " AND (\"published\" = ?) ORDER BY \"title\" DESC NULLS FIRST, \"id\"",
                statements().get(1));

        users.query().include(User_.groups).list();
        assertEquals(
                "SELECT \"id\", \"name\", toasty_owner_0 FROM (SELECT t.\"id\", t.\"name\", j.\"user_id\" AS"
                        + " toasty_owner_0 FROM \"groups\" t JOIN \"members\" j ON j.\"group_id\" = t.\"id\" WHERE"
                        + " j.\"user_id\" = ANY(?)) toasty_through ORDER BY \"id\"",
                statements().get(1));

        Repository<Shelf> shelves = toasty.repository(Shelf.class);
        shelves.insert(new Shelf("hall", 1, "novels"));
        toasty.repository(Book.class).insert(new Book("Emma", shelves.get("hall", 1)));
        db.sqlLog().clear();
        shelves.query().include(Shelf_.books).list();
        assertEquals(
                "SELECT \"id\", \"title\", \"room\", \"shelf_number\" FROM \"books\" WHERE (\"room\","
                        + " \"shelf_number\") IN ((?, ?)) ORDER BY \"id\"",
                statements().get(1));
    }

    @Test
    void linksAndUnlinks() {
        User ada = users.insert(new User("Ada", 36));
        Post post = posts.insert(new Post(ada, "Hello", true));
        Comment comment = toasty.repository(Comment.class).insert(new Comment(post, ada, "Me"));
        Group admins = toasty.repository(Group.class).insert(new Group("admins"));
        db.sqlLog().clear();

        users.link(ada, User_.posts, post);
        assertEquals(List.of("UPDATE \"posts\" SET \"author_id\" = ? WHERE \"id\" = ?"), statements());
        toasty.repository(Comment.class).unlink(comment, Comment_.author, ada);
        assertEquals(
                List.of("UPDATE \"comments\" SET \"author_id\" = ? WHERE \"id\" = ? AND \"author_id\" = ?"),
                statements());
        users.link(ada, User_.groups, admins);
        assertEquals(
                List.of("INSERT INTO \"members\" (\"user_id\", \"group_id\") VALUES (?, ?)"
                        + (db.isPostgres() ? " RETURNING \"id\"" : "")),
                statements());
    }
}
