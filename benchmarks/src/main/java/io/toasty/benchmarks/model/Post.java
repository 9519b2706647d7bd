package io.toasty.benchmarks.model;

import io.toasty.model.Auto;
import io.toasty.model.Column;
import io.toasty.model.Index;
import io.toasty.model.Key;
import io.toasty.model.Model;
import io.toasty.model.Relation;
import io.toasty.relation.BelongsTo;

/** A post of a user, whose key is {@code userId}. */
@Model(table = "posts")
public class Post {
    @Key
    @Auto
    private Long id;

    @Index
    private long userId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false)
    private String body;

    /** The user, for the other side of {@link User#getPosts()}; the benchmarks never load it. */
    @Relation(key = "userId")
    private BelongsTo<User> user = BelongsTo.notLoaded();

    /** For Toasty. */
    public Post() {}

    /** Every column: what raw JDBC maps a row into. */
    public Post(Long id, long userId, String title, String body) {
        this.id = id;
        this.userId = userId;
        this.title = title;
        this.body = body;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long getUserId() {
        return userId;
    }

    public void setUserId(long userId) {
        this.userId = userId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    /** The user, when a query included it. */
    public BelongsTo<User> getUser() {
        return user;
    }

    public void setUser(BelongsTo<User> user) {
        this.user = user;
    }
}
