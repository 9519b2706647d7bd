package io.toasty.quarkus.test.models;

import io.toasty.model.DiscriminatorValue;
import io.toasty.model.Model;

/** An e-book, stored in the media table with {@code kind = 'ebook'}. */
@Model
@DiscriminatorValue("ebook")
public class Ebook extends Media {
    public String format;

    /** For Toasty. */
    public Ebook() {}

    public Ebook(String title, String format) {
        super(title);
        this.format = format;
    }
}
