package io.toasty.quarkus.test.models;

import io.toasty.model.Auto;
import io.toasty.model.Column;
import io.toasty.model.Key;
import io.toasty.model.Model;
import io.toasty.model.Unique;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A book: what most scenarios write and read. */
@Model
public class Book {
    @Key
    @Auto
    public Long id;

    @Unique
    @NotBlank
    @Size(max = 100)
    @Column(length = 100)
    public String title;

    public int pages;

    /** For Toasty. */
    public Book() {}

    public Book(String title, int pages) {
        this.title = title;
        this.pages = pages;
    }
}
