package io.toasty.quarkus.test.models;

import io.toasty.model.DiscriminatorValue;
import io.toasty.model.Model;

/** An audiobook, stored in the media table with {@code kind = 'audiobook'}. */
@Model
@DiscriminatorValue("audiobook")
public class Audiobook extends Media {
    public Integer minutes;

    /** For Toasty. */
    public Audiobook() {}

    public Audiobook(String title, Integer minutes) {
        super(title);
        this.minutes = minutes;
    }
}
