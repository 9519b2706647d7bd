package io.toasty.quarkus.test.devmode;

import io.toasty.model.Auto;
import io.toasty.model.Key;
import io.toasty.model.Model;

/** A note; {@code LiveReloadTest} adds a field to it while the application runs. */
@Model
public class Note {
    @Key
    @Auto
    public Long id;

    public String text;

    // a new field goes here

    /** For Toasty. */
    public Note() {}

    public Note(String text) {
        this.text = text;
    }

    @Override
    public String toString() {
        return text;
    }
}
