package io.toasty.examples.bookstore;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.toasty.model.Auto;
import io.toasty.model.Column;
import io.toasty.model.Index;
import io.toasty.model.Key;
import io.toasty.model.Model;
import io.toasty.model.OnDelete;
import io.toasty.model.Relation;
import io.toasty.relation.BelongsTo;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A reader's rating of a book, from 1 to 5 stars, with a few words. */
@Model
public class Review {
    @Key
    @Auto
    public Long id;

    @Index
    @NotNull
    public Long bookId;

    /** The book reviewed; the database deletes the reviews of a deleted book. */
    @Relation(key = "bookId", onDelete = OnDelete.CASCADE)
    @JsonIgnore
    public BelongsTo<Book> book = BelongsTo.notLoaded();

    @Min(1)
    @Max(5)
    public int stars;

    @NotBlank
    @Size(max = 2000)
    @Column(nullable = false, length = 2000)
    public String text;

    /** For Toasty and Jackson. */
    public Review() {}

    public Review(Long bookId, int stars, String text) {
        this.bookId = bookId;
        this.stars = stars;
        this.text = text;
    }
}
