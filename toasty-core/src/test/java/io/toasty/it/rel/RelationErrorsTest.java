package io.toasty.it.rel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.toasty.MappingException;
import io.toasty.Query;
import io.toasty.Repository;
import io.toasty.Toasty;
import io.toasty.query.Include;
import io.toasty.query.RelationAttribute;
import io.toasty.testing.DatabaseTest;
import io.toasty.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad includes are refused with a clear message before any SQL is sent. */
@DatabaseTest
class RelationErrorsTest {
    private final TestDatabase db;
    private final Toasty toasty;
    private final Repository<User> users;

    RelationErrorsTest(TestDatabase db) {
        this.db = db;
        this.toasty = db.toasty(RelationsTest.MODELS);
        this.users = toasty.repository(User.class);
        db.sqlLog().clear();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Include<User, ?> forged(RelationAttribute relation) {
        return Include.of(relation);
    }

    @Test
    void includeOfAnotherModelsRelation() {
        MappingException e =
                assertThrows(MappingException.class, () -> users.query().include(forged(Post_.comments)));
        assertEquals(
                "Cannot include Post.comments: Post.comments is a relation of Post and cannot be used on User: start"
                        + " from a relation of User [posts, profile, memberships, groups, followingLinks, following,"
                        + " followerLinks, followers]",
                e.getMessage());
        assertEquals(0, db.sqlLog().count());
    }

    @Test
    void includeOfAFieldThatIsNotARelation() {
        MappingException e = assertThrows(MappingException.class, () -> users.query()
                .include(new RelationAttribute<>(User.class, "name", String.class)));
        assertEquals(
                "Cannot include User.name: User.name is not a relation of User (only fields of type BelongsTo,"
                        + " HasMany or HasOne with @Relation are): its relations are [posts, profile, memberships,"
                        + " groups, followingLinks, following, followerLinks, followers]",
                e.getMessage());
        assertEquals(0, db.sqlLog().count());
    }

    @Test
    void aCycleOfIncludes() {
        Query<User> query = users.query();
        MappingException back =
                assertThrows(MappingException.class, () -> query.include(User_.posts.include(Post_.author)));
        assertEquals(
                "The include User.posts -> Post.author is a cycle: Post.author leads back to objects already loaded on"
                        + " this path. Remove the nested include of Post.author",
                back.getMessage());
        MappingException again = assertThrows(
                MappingException.class,
                () -> users.load(
                        List.of(new User()),
                        User_.posts.include(Post_.comments.include(Comment_.author.include(User_.posts)))));
        assertEquals(
                "The include User.posts -> Post.comments -> Comment.author -> User.posts is a cycle: User.posts leads"
                        + " back to objects already loaded on this path. Remove the nested include of User.posts",
                again.getMessage());
        assertEquals(0, db.sqlLog().count());
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void anIncludeFilterOnAnotherModel() {
        Include include = User_.posts.asInclude();
        MappingException e =
                assertThrows(MappingException.class, () -> users.query().include(include.where(User_.name.eq("Ada"))));
        assertEquals("User.name belongs to User and cannot be used in a statement on Post", e.getMessage());
        assertEquals(0, db.sqlLog().count());
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void aConditionThroughAnotherModelsRelation() {
        RelationAttribute comments = Post_.comments;
        MappingException e = assertThrows(
                MappingException.class, () -> users.where(comments.exists()).list());
        assertEquals(
                "Post.comments is a relation of Post and cannot be used on User: start from a relation of User [posts,"
                        + " profile, memberships, groups, followingLinks, following, followerLinks, followers]",
                e.getMessage());
        assertEquals(0, db.sqlLog().count());
    }

    @Test
    void aModelWhoseRelationTargetIsNotRegisteredFailsAtStartup() {
        MappingException e = assertThrows(
                MappingException.class, () -> db.builder(Post.class).build());
        assertEquals(
                "Cannot map the relations of these models:\n"
                        + "  - Post.author relates to io.toasty.it.rel.User, which is not a model: annotate it @Model"
                        + " (and, at run time, register it with the other models)\n"
                        + "  - Post.comments relates to io.toasty.it.rel.Comment, which is not a model: annotate it"
                        + " @Model (and, at run time, register it with the other models)",
                e.getMessage());
    }
}
