package io.toasty.it.rel;

import io.toasty.model.Auto;
import io.toasty.model.Column;
import io.toasty.model.Key;
import io.toasty.model.Model;
import io.toasty.model.OnDelete;
import io.toasty.model.Relation;
import io.toasty.relation.BelongsTo;

@Model
public class Comment {
    @Key
    @Auto
    public Long id;

    @Column(nullable = false)
    public Long postId;

    public Long authorId;
    public String body;

    @Relation(key = "postId", onDelete = OnDelete.CASCADE)
    public BelongsTo<Post> post = BelongsTo.notLoaded();

    @Relation(key = "authorId", onDelete = OnDelete.SET_NULL)
    public BelongsTo<User> author = BelongsTo.notLoaded();

    public Comment() {}

    public Comment(Post post, User author, String body) {
        this.postId = post.id;
        this.authorId = author == null ? null : author.id;
        this.body = body;
    }
}
