package io.toasty.quarkus.test.models;

import io.toasty.model.Auto;
import io.toasty.model.Inheritance;
import io.toasty.model.Key;
import io.toasty.model.Model;
import jakarta.validation.constraints.NotBlank;

/** The base of a single-table hierarchy: e-books and audiobooks share its table, told apart by {@code kind}. */
@Model(table = "media")
@Inheritance(discriminator = "kind")
public abstract class Media {
    @Key
    @Auto
    public Long id;

    @NotBlank
    public String title;

    /** For Toasty. */
    protected Media() {}

    protected Media(String title) {
        this.title = title;
    }
}
