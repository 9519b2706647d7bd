package io.toasty.it.rel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.toasty.Page;
import io.toasty.Repository;
import io.toasty.Toasty;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/** Cursor pages load the query's includes: one statement for the page and one per relation, never N+1. */
@DatabaseTest
class PagedIncludeTest {
    private final TestDatabase db;
    private final Repository<User> users;
    private final Repository<Post> posts;

    PagedIncludeTest(TestDatabase db) {
        this.db = db;
        Toasty toasty = db.toasty(RelationsTest.MODELS);
        this.users = toasty.repository(User.class);
        this.posts = toasty.repository(Post.class);
    }

    @Test
    void aPageLoadsItsIncludes() {
        User ada = users.insert(new User("Ada", 36));
        User bob = users.insert(new User("Bob", 40));
        users.insert(new User("Cy", 25));
        posts.insert(new Post(ada, "Hello", true));
        posts.insert(new Post(bob, "Bob's", true));
        posts.insert(new Post(bob, "Again", true));
        db.sqlLog().clear();
        Page<User> first =
                users.query().orderBy(User_.name.asc()).include(User_.posts).page(2);
        assertEquals(1, first.items().get(0).posts.get().size());
        assertEquals(2, first.items().get(1).posts.get().size());
        assertEquals(2, db.sqlLog().count(), db.sqlLog().toString());
        Page<User> second = users.query()
                .orderBy(User_.name.asc())
                .include(User_.posts)
                .page(first.next().orElseThrow());
        assertEquals(0, second.items().get(0).posts.get().size());
    }
}
