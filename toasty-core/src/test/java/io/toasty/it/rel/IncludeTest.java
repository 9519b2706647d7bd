package io.toasty.it.rel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.toasty.Repository;
import io.toasty.Toasty;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Preloading: one statement per relation and level, however many parents; never N+1. */
@DatabaseTest
class IncludeTest {
    private final TestDatabase db;
    private final Toasty toasty;
    private final Repository<User> users;
    private final Repository<Post> posts;
    private final Repository<Comment> comments;

    IncludeTest(TestDatabase db) {
        this.db = db;
        this.toasty = db.toasty(RelationsTest.MODELS);
        this.users = toasty.repository(User.class);
        this.posts = toasty.repository(Post.class);
        this.comments = toasty.repository(Comment.class);
    }

    /** Ada has two posts (one with two comments), Bob one, Cy none. */
    private List<User> blog() {
        User ada = users.insert(new User("Ada", 36));
        User bob = users.insert(new User("Bob", 40));
        User cy = users.insert(new User("Cy", 25));
        Post hello = posts.insert(new Post(ada, "Hello", true));
        posts.insert(new Post(ada, "Draft", false));
        Post bobs = posts.insert(new Post(bob, "Bob's", true));
        comments.insert(new Comment(hello, bob, "Nice"));
        comments.insert(new Comment(hello, cy, "Agreed"));
        comments.insert(new Comment(bobs, null, "Anonymous"));
        db.sqlLog().clear();
        return List.of(ada, bob, cy);
    }

    private static List<String> titles(User user) {
        return user.posts.get().stream().map(p -> p.title).toList();
    }

    @Test
    void hasManyIsOneMoreStatementForAllParents() {
        blog();
        List<User> read =
                users.query().orderBy(User_.name.asc()).include(User_.posts).list();
        assertEquals(2, db.sqlLog().count(), db.sqlLog().toString());
        assertEquals(List.of("Hello", "Draft"), titles(read.get(0)), "by key when the include has no order");
        assertEquals(List.of("Bob's"), titles(read.get(1)));
        assertEquals(List.of(), titles(read.get(2)));

        // the preload's text is rendered once per shape; the keys of the next call are bound to it
        List<User> again =
                users.query().where(User_.name.ne("Ada")).include(User_.posts).list();
        assertEquals(db.sqlLog().statements().get(1), db.sqlLog().statements().get(3));
        assertEquals(List.of("Bob's"), titles(again.get(0)));
        assertEquals(1, again.get(0).posts.get().size());
    }

    @Test
    void preloadOfAHundredUsersWithTenPostsEachIsTwoStatements() {
        List<User> many = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            many.add(new User("user" + i, 20 + i % 50));
        }
        users.insertAll(many);
        List<Post> written = new ArrayList<>();
        for (User user : many) {
            for (int p = 0; p < 10; p++) {
                written.add(new Post(user, user.name + "/" + p, p % 2 == 0));
            }
        }
        posts.insertAll(written);
        db.sqlLog().clear();
        List<User> read = users.query().include(User_.posts).list();
        assertEquals(2, db.sqlLog().count(), db.sqlLog().toString());
        assertEquals(100, read.size());
        assertTrue(read.stream().allMatch(u -> u.posts.get().size() == 10));
        String preload = db.sqlLog().statements().get(1);
        assertEquals(
                "SELECT \"id\", \"author_id\", \"title\", \"published\" FROM \"posts\" WHERE \"author_id\" = ANY(?)"
                        + " ORDER BY \"id\"",
                preload);
        assertEquals(1, db.sqlLog().events().get(1).bindCount(), "the keys as one array");
    }

    @Test
    void moreParentsThanOneArrayHoldsAreSplitAtTheDatabasesLimit() {
        List<User> many = new ArrayList<>();
        for (int i = 0; i < 70_000; i++) {
            many.add(new User("u" + i, 30));
        }
        users.insertAll(many);
        User last = many.get(many.size() - 1);
        posts.insert(new Post(last, "Last", true));
        db.sqlLog().clear();
        List<User> read = users.query().include(User_.posts).list();
        // H2 takes arrays of at most 65,536 elements: two preload statements there, one on PostgreSQL
        assertEquals(db.isH2() ? 3 : 2, db.sqlLog().count(), db.sqlLog().toString());
        assertEquals(70_000, read.size());
        assertEquals(1, read.stream().mapToInt(u -> u.posts.get().size()).sum());
        assertEquals(List.of("Last"), titles(read.get(read.size() - 1)));
    }

    @Test
    void nestedIncludesAreOneStatementPerLevel() {
        blog();
        List<User> read = users.query()
                .orderBy(User_.name.asc())
                .include(User_.posts.include(Post_.comments.include(Comment_.author)))
                .list();
        assertEquals(4, db.sqlLog().count(), db.sqlLog().toString());
        Post hello = read.get(0).posts.get().get(0);
        assertEquals(
                List.of("Bob", "Cy"),
                hello.comments.get().stream().map(c -> c.author.get().name).toList());
        Comment anonymous = read.get(1).posts.get().get(0).comments.get().get(0);
        assertFalse(anonymous.author.find().isPresent(), "a null foreign key loads as none");
        assertTrue(anonymous.author.isLoaded());
    }

    @Test
    void belongsToAndHasOne() {
        List<User> blog = blog();
        toasty.repository(Profile.class).insert(new Profile(blog.get(0), "Mathematician"));
        db.sqlLog().clear();
        List<Post> read =
                posts.query().include(Post_.author).orderBy(Post_.id.asc()).list();
        assertEquals(2, db.sqlLog().count());
        assertEquals(
                List.of("Ada", "Ada", "Bob"),
                read.stream().map(p -> p.author.get().name).toList());
        assertTrue(read.get(0).author.get() == read.get(1).author.get(), "one object per distinct target row");

        List<User> withProfiles =
                users.query().orderBy(User_.name.asc()).include(User_.profile).list();
        assertEquals("Mathematician", withProfiles.get(0).profile.get().bio);
        assertFalse(withProfiles.get(1).profile.find().isPresent());
    }

    @Test
    void anIncludeHasItsOwnFilterAndOrder() {
        blog();
        List<User> read = users.query()
                .orderBy(User_.name.asc())
                .include(User_.posts.where(Post_.published.eq(true)).orderBy(Post_.title.desc()))
                .list();
        assertEquals(List.of("Hello"), titles(read.get(0)));
        Post draft = posts.insert(new Post(read.get(0), "A draft", true));
        users.load(read, User_.posts.orderBy(Post_.title.asc()));
        assertEquals(List.of("A draft", "Draft", "Hello"), titles(read.get(0)));
        assertTrue(draft.id > 0);
    }

    @Test
    void loadForObjectsInHandIsBatchedTheSameWay() {
        List<User> blog = blog();
        users.load(blog, User_.posts.include(Post_.comments));
        assertEquals(2, db.sqlLog().count(), db.sqlLog().toString());
        assertEquals(List.of("Hello", "Draft"), titles(blog.get(0)));
        assertEquals(2, blog.get(0).posts.get().get(0).comments.get().size());
        db.sqlLog().clear();
        users.load(List.of(), User_.posts);
        assertEquals(0, db.sqlLog().count(), "nothing to load, no statement");
    }

    @Test
    void firstOneAndLastLoadIncludesToo() {
        blog();
        User ada =
                users.query().where(User_.name.eq("Ada")).include(User_.posts).one();
        assertEquals(2, ada.posts.get().size());
        User last = users.query()
                .orderBy(User_.name.asc())
                .include(User_.posts)
                .last()
                .orElseThrow();
        assertEquals(List.of(), titles(last));
    }

    @Test
    void pagesLoadIncludesToo() {
        blog();
        io.toasty.Page<User> page =
                users.query().orderBy(User_.name.asc()).include(User_.posts).page(2);
        assertEquals(2, db.sqlLog().count(), db.sqlLog().toString());
        assertEquals(List.of("Hello", "Draft"), titles(page.items().get(0)));
        io.toasty.Page<User> next = users.query()
                .orderBy(User_.name.asc())
                .include(User_.posts)
                .page(page.next().orElseThrow());
        assertEquals(List.of(), titles(next.items().get(0)));
        assertEquals(
                2,
                users.query()
                        .orderBy(User_.name.asc())
                        .include(User_.posts)
                        .pageNumber(1, 2)
                        .items()
                        .get(0)
                        .posts
                        .get()
                        .size());
    }

    @Test
    void manyToManyThroughAJoinModelIsOneStatement() {
        List<User> blog = blog();
        Repository<Group> groups = toasty.repository(Group.class);
        Group admins = groups.insert(new Group("admins"));
        Group devs = groups.insert(new Group("devs"));
        users.link(blog.get(0), User_.groups, admins);
        users.link(blog.get(0), User_.groups, devs);
        users.link(blog.get(1), User_.groups, devs);
        db.sqlLog().clear();
        List<User> read = users.query()
                .orderBy(User_.name.asc())
                .include(User_.groups.orderBy(Group_.name.desc()))
                .list();
        assertEquals(2, db.sqlLog().count(), db.sqlLog().toString());
        assertEquals(
                List.of("devs", "admins"),
                read.get(0).groups.get().stream().map(g -> g.name).toList());
        assertEquals(
                List.of("devs"),
                read.get(1).groups.get().stream().map(g -> g.name).toList());
        assertEquals(List.of(), read.get(2).groups.get());
        List<Group> byGroup = groups.query()
                .orderBy(Group_.name.asc())
                .include(Group_.users.where(User_.age.lt(38)))
                .list();
        assertEquals(
                List.of("Ada"),
                byGroup.get(1).users.get().stream().map(u -> u.name).toList());
    }

    @Test
    void selfReferentialTreeAndFollowers() {
        Repository<Category> categories = toasty.repository(Category.class);
        Category root = categories.insert(new Category("root", null));
        Category a = categories.insert(new Category("a", root));
        categories.insert(new Category("b", root));
        categories.insert(new Category("a1", a));
        db.sqlLog().clear();
        Category tree = categories
                .query()
                .where(Category_.parentId.isNull())
                .include(Category_.children.include(Category_.children))
                .one();
        assertEquals(3, db.sqlLog().count(), db.sqlLog().toString());
        assertEquals("[a, b]", tree.children.get().toString());
        assertEquals("[a1]", tree.children.get().get(0).children.get().toString());
        Category leaf = categories
                .query()
                .where(Category_.name.eq("a1"))
                .include(Category_.parent.include(Category_.parent))
                .one();
        assertEquals("root", leaf.parent.get().parent.get().name);
        assertFalse(tree.parent.isLoaded());

        List<User> blog = blog();
        users.link(blog.get(0), User_.following, blog.get(1));
        users.link(blog.get(2), User_.following, blog.get(1));
        users.link(blog.get(1), User_.following, blog.get(0));
        db.sqlLog().clear();
        List<User> read = users.query()
                .orderBy(User_.name.asc())
                .include(User_.followers.orderBy(User_.name.asc()))
                .include(User_.following)
                .list();
        assertEquals(3, db.sqlLog().count(), db.sqlLog().toString());
        assertEquals(
                "[User(" + blog.get(0).id + ", Ada), User(" + blog.get(2).id + ", Cy)]",
                read.get(1).followers.get().toString());
        assertEquals("Bob", read.get(0).following.get().get(0).name);
    }

    @Test
    void compositeForeignKeys() {
        Repository<Shelf> shelves = toasty.repository(Shelf.class);
        Repository<Book> books = toasty.repository(Book.class);
        Shelf one = shelves.insert(new Shelf("hall", 1, "novels"));
        Shelf two = shelves.insert(new Shelf("hall", 2, "poems"));
        books.insert(new Book("Emma", one));
        books.insert(new Book("Odes", two));
        books.insert(new Book("Loose", null));
        db.sqlLog().clear();
        List<Book> read =
                books.query().orderBy(Book_.title.asc()).include(Book_.shelf).list();
        assertEquals(2, db.sqlLog().count());
        assertEquals("novels", read.get(0).shelf.get().label);
        assertFalse(read.get(1).shelf.find().isPresent());
        assertEquals("poems", read.get(2).shelf.get().label);
        List<Shelf> withBooks = shelves.query()
                .orderBy(Shelf_.number.asc())
                .include(Shelf_.books)
                .list();
        assertEquals("Emma", withBooks.get(0).books.get().get(0).title);
        assertEquals(1, withBooks.get(1).books.get().size());
        assertTrue(books.link(read.get(1), Book_.shelf, two));
        assertEquals(
                2,
                books.query().where(Book_.shelf.any(Shelf_.label.eq("poems"))).count());
    }
}
