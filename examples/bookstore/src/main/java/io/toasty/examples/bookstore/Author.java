package io.toasty.examples.bookstore;

import io.toasty.model.Auto;
import io.toasty.model.Column;
import io.toasty.model.Key;
import io.toasty.model.Model;
import io.toasty.model.Unique;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Someone who writes books; the e-mail address is unique. */
@Model
public class Author {
    @Key
    @Auto
    public Long id;

    @NotBlank
    @Size(max = 100)
    @Column(nullable = false, length = 100)
    public String name;

    @Unique
    @NotBlank
    @Email
    @Size(max = 200)
    @Column(nullable = false, length = 200)
    public String email;

    /** For Toasty and Jackson. */
    public Author() {}

    public Author(String name, String email) {
        this.name = name;
        this.email = email;
    }
}
