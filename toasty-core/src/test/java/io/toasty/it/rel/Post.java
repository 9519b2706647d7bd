package io.toasty.it.rel;

import io.toasty.model.Auto;
import io.toasty.model.Column;
import io.toasty.model.Key;
import io.toasty.model.Model;
import io.toasty.model.OnDelete;
import io.toasty.model.Relation;
import io.toasty.relation.BelongsTo;
import io.toasty.relation.HasMany;

@Model
public class Post {
    @Key
    @Auto
    public Long id;

    @Column(nullable = false)
    public Long authorId;

    public String title;
    public boolean published;

    @Relation(key = "authorId", onDelete = OnDelete.CASCADE)
    public BelongsTo<User> author = BelongsTo.notLoaded();

    @Relation(mappedBy = "post")
    public HasMany<Comment> comments = HasMany.notLoaded();

    public Post() {}

    public Post(User author, String title, boolean published) {
        this.authorId = author.id;
        this.title = title;
        this.published = published;
    }

    @Override
    public String toString() {
        return "Post(" + id + ", " + title + ")";
    }
}
