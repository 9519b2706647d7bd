package io.toasty.examples.bookstore;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.toasty.model.Auto;
import io.toasty.model.Column;
import io.toasty.model.Index;
import io.toasty.model.Key;
import io.toasty.model.Model;
import io.toasty.model.Relation;
import io.toasty.model.Unique;
import io.toasty.relation.BelongsTo;
import io.toasty.relation.HasMany;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A book by one author; its ISBN is unique. */
@Model
public class Book {
    @Key
    @Auto
    public Long id;

    @NotBlank
    @Size(max = 200)
    @Column(nullable = false, length = 200)
    public String title;

    @Unique
    @NotNull
    @Pattern(regexp = "[0-9]{13}", message = "must be 13 digits")
    @Column(nullable = false, length = 13)
    public String isbn;

    @Min(1450)
    @Max(2100)
    public int year;

    @Index
    @NotNull
    public Long authorId;

    /** Loaded by {@code include(Book_.author)}; not part of the JSON, which has {@code authorId}. */
    @Relation(key = "authorId")
    @JsonIgnore
    public BelongsTo<Author> author = BelongsTo.notLoaded();

    /** Loaded by {@code include(Book_.reviews)}; deleting the book deletes them (see {@link Review#book}). */
    @Relation(mappedBy = "book")
    @JsonIgnore
    public HasMany<Review> reviews = HasMany.notLoaded();

    /** For Toasty and Jackson. */
    public Book() {}

    public Book(String title, String isbn, int year, Long authorId) {
        this.title = title;
        this.isbn = isbn;
        this.year = year;
        this.authorId = authorId;
    }
}
