package io.toasty.it.rel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.toasty.ForeignKeyViolationException;
import io.toasty.InvalidValueException;
import io.toasty.Repository;
import io.toasty.SchemaValidationException;
import io.toasty.Toasty;
import io.toasty.relation.RelationNotLoadedException;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Relations of every kind: the schema they create, what an unloaded relation says, and linking and unlinking. */
@DatabaseTest
class RelationsTest {
    static final Class<?>[] MODELS = {
        Comment.class,
        Post.class,
        User.class,
        Profile.class,
        Group.class,
        Member.class,
        Follow.class,
        Category.class,
        Shelf.class,
        Book.class
    };

    private final TestDatabase db;
    private final Toasty toasty;
    private final Repository<User> users;
    private final Repository<Post> posts;
    private final Repository<Comment> comments;
    private final Repository<Group> groups;
    private final Repository<Category> categories;

    RelationsTest(TestDatabase db) {
        this.db = db;
        this.toasty = db.toasty(MODELS);
        this.users = toasty.repository(User.class);
        this.posts = toasty.repository(Post.class);
        this.comments = toasty.repository(Comment.class);
        this.groups = toasty.repository(Group.class);
        this.categories = toasty.repository(Category.class);
    }

    @Test
    void tablesAreCreatedAfterTheTablesTheyReferTo() {
        List<String> statements = toasty.schema().createStatements();
        List<String> tables = statements.stream()
                .filter(s -> s.startsWith("CREATE TABLE"))
                .map(s -> s.split("\"")[1])
                .toList();
        assertTrue(tables.indexOf("users") < tables.indexOf("posts"), tables.toString());
        assertTrue(tables.indexOf("posts") < tables.indexOf("comments"), tables.toString());
        assertTrue(tables.indexOf("groups") < tables.indexOf("members"), tables.toString());
        assertTrue(tables.indexOf("shelves") < tables.indexOf("books"), tables.toString());
        String comments = statements.stream()
                .filter(s -> s.startsWith("CREATE TABLE IF NOT EXISTS \"comments\""))
                .findFirst()
                .orElseThrow();
        assertTrue(
                comments.contains("CONSTRAINT \"fk_comments_post_id\" FOREIGN KEY (\"post_id\") REFERENCES \"posts\""
                        + " (\"id\") ON DELETE CASCADE"),
                comments);
        assertTrue(
                comments.contains("CONSTRAINT \"fk_comments_author_id\" FOREIGN KEY (\"author_id\") REFERENCES"
                        + " \"users\" (\"id\") ON DELETE SET NULL"),
                comments);
        String books = statements.stream()
                .filter(s -> s.startsWith("CREATE TABLE IF NOT EXISTS \"books\""))
                .findFirst()
                .orElseThrow();
        assertTrue(
                books.contains("FOREIGN KEY (\"room\", \"shelf_number\") REFERENCES \"shelves\" (\"room\","
                        + " \"number\") ON DELETE SET NULL"),
                books);
        toasty.schema().validate();
    }

    @Test
    void validateFindsAMissingForeignKeyAndAnotherOnDeleteRule() throws Exception {
        try (Connection connection = db.dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE \"comments\" DROP CONSTRAINT \"fk_comments_author_id\"");
            statement.execute("ALTER TABLE \"posts\" DROP CONSTRAINT \"fk_posts_author_id\"");
            statement.execute("ALTER TABLE \"posts\" ADD CONSTRAINT \"fk_posts_author_id\" FOREIGN KEY"
                    + " (\"author_id\") REFERENCES \"users\" (\"id\") ON DELETE SET NULL");
        }
        SchemaValidationException e = assertThrows(
                SchemaValidationException.class, () -> toasty.schema().validate());
        assertEquals(
                "The database schema does not match the models (2 difference(s)):\n"
                        + "  - foreign key fk_comments_author_id of Comment.author on comments [author_id] referring"
                        + " to users is missing\n"
                        + "  - foreign key of Post.author on posts [author_id] has another ON DELETE rule than"
                        + " CASCADE",
                e.getMessage());
    }

    @Test
    void tablesThatReferToEachOtherGetTheirForeignKeysAfterBothExist() {
        Toasty teams = db.toasty(Team.class, Player.class);
        List<String> statements = teams.schema().createStatements();
        assertEquals(
                "ALTER TABLE \"teams\" ADD CONSTRAINT \"fk_teams_captain_id\" FOREIGN KEY (\"captain_id\")"
                        + " REFERENCES \"players\" (\"id\") ON DELETE SET NULL",
                statements.get(statements.size() - 1));
        teams.schema().validate();
        Team team = new Team();
        team.name = "Reds";
        teams.repository(Team.class).insert(team);
        Player captain = new Player();
        captain.name = "Ann";
        captain.teamId = team.id;
        teams.repository(Player.class).insert(captain);
        teams.repository(Team.class).link(team, Team_.captain, captain);
        Team read = teams.repository(Team.class)
                .query()
                .include(Team_.captain)
                .include(Team_.players)
                .one();
        assertEquals("Ann", read.captain.get().name);
        assertEquals(1, read.players.get().size());
    }

    @Test
    void onDeleteCascadeSetNullAndRestrictAreTheDatabases() {
        User ada = users.insert(new User("Ada", 36));
        User bob = users.insert(new User("Bob", 40));
        Post post = posts.insert(new Post(ada, "Hello", true));
        Comment byBob = comments.insert(new Comment(post, bob, "Nice"));
        users.delete(bob);
        assertNull(comments.get(byBob.id).authorId, "SET NULL");
        users.delete(ada);
        assertFalse(posts.existsByKey(post.id), "CASCADE");
        assertFalse(comments.existsByKey(byBob.id), "CASCADE, two levels");

        Category root = categories.insert(new Category("root", null));
        categories.insert(new Category("leaf", root));
        assertThrows(ForeignKeyViolationException.class, () -> categories.delete(root), "RESTRICT");
        assertTrue(categories.existsByKey(root.id));
    }

    @Test
    void aRelationNotLoadedSaysWhichIncludeLoadsIt() {
        User ada = users.insert(new User("Ada", 36));
        posts.insert(new Post(ada, "Hello", true));
        Post read = posts.query().one();
        db.sqlLog().clear();
        RelationNotLoadedException e = assertThrows(RelationNotLoadedException.class, () -> read.author.get());
        assertEquals(
                "Post.author was not loaded: add .include(Post_.author) to the query, or load it for objects in hand"
                        + " with repository.load(objects, Post_.author)",
                e.getMessage());
        User user = users.get(ada.id);
        assertEquals(
                "User.posts was not loaded: add .include(User_.posts) to the query, or load it for objects in hand"
                        + " with repository.load(objects, User_.posts)",
                assertThrows(RelationNotLoadedException.class, () -> user.posts.get())
                        .getMessage());
        assertFalse(user.profile.isLoaded());
        assertEquals(1, db.sqlLog().count(), "no hidden query: " + db.sqlLog());
        assertTrue(assertThrows(RelationNotLoadedException.class, () -> new User().posts.get())
                .getMessage()
                .startsWith("This relation was not loaded by Toasty"));
    }

    @Test
    void linkSetsTheForeignKeyWithOneStatement() {
        User ada = users.insert(new User("Ada", 36));
        User bob = users.insert(new User("Bob", 40));
        Post post = posts.insert(new Post(ada, "Hello", true));
        db.sqlLog().clear();
        assertTrue(posts.link(post, Post_.author, bob));
        assertEquals(
                List.of("UPDATE \"posts\" SET \"author_id\" = ? WHERE \"id\" = ?"),
                db.sqlLog().statements());
        assertEquals(bob.id, post.authorId, "the object's foreign key too");
        assertEquals(bob.id, posts.get(post.id).authorId);

        assertTrue(users.link(ada, User_.posts, post));
        assertEquals(ada.id, posts.get(post.id).authorId);
        assertEquals(ada.id, post.authorId);
    }

    @Test
    void unlinkSetsANullableForeignKeyToNull() {
        User ada = users.insert(new User("Ada", 36));
        Post post = posts.insert(new Post(ada, "Hello", true));
        Comment comment = comments.insert(new Comment(post, ada, "Me"));
        assertTrue(comments.unlink(comment, Comment_.author, ada));
        assertNull(comments.get(comment.id).authorId);
        assertFalse(comments.unlink(comment, Comment_.author, ada), "no longer linked");

        db.sqlLog().clear();
        InvalidValueException refused =
                assertThrows(InvalidValueException.class, () -> users.unlink(ada, User_.posts, post));
        assertEquals(
                "unlink of User.posts is refused: Post.authorId is not nullable, so a Post cannot be unlinked; delete"
                        + " it, or link it to another object",
                refused.getMessage());
        assertEquals(0, db.sqlLog().count());
    }

    @Test
    void manyToManyLinksInsertAndDeleteJoinRows() {
        User ada = users.insert(new User("Ada", 36));
        Group admins = groups.insert(new Group("admins"));
        Group devs = groups.insert(new Group("devs"));
        db.sqlLog().clear();
        users.link(ada, User_.groups, admins);
        assertEquals(1, db.sqlLog().count(), db.sqlLog().toString());
        assertTrue(db.sqlLog().statements().get(0).startsWith("INSERT INTO \"members\""));
        groups.link(devs, Group_.users, ada);
        users.load(List.of(ada), User_.groups.orderBy(Group_.name.asc()));
        assertEquals(
                List.of("admins", "devs"),
                ada.groups.get().stream().map(g -> g.name).toList());

        db.sqlLog().clear();
        assertTrue(users.unlink(ada, User_.groups, admins));
        assertEquals(
                List.of("DELETE FROM \"members\" WHERE \"user_id\" = ? AND \"group_id\" = ?"),
                db.sqlLog().statements());
        users.load(List.of(ada), User_.groups);
        assertEquals(List.of("devs"), ada.groups.get().stream().map(g -> g.name).toList());
    }

    @Test
    void linkingAnObjectWithoutAKeyIsRefusedBeforeAnySql() {
        User ada = users.insert(new User("Ada", 36));
        Group notInserted = new Group("ghosts");
        db.sqlLog().clear();
        InvalidValueException e =
                assertThrows(InvalidValueException.class, () -> users.link(ada, User_.groups, notInserted));
        assertEquals(
                "link of User.groups is refused: the Group has no id (it is null); insert it first, or read it from"
                        + " the database",
                e.getMessage());
        assertThrows(InvalidValueException.class, () -> posts.link(new Post(), Post_.author, ada));
        assertEquals(0, db.sqlLog().count());
        assertEquals(0, toasty.repository(Member.class).count());
    }
}
