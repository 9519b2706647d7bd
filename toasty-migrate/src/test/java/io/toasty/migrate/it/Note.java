package io.toasty.migrate.it;

import io.toasty.model.Auto;
import io.toasty.model.Key;
import io.toasty.model.Model;

/** A table that comes with the second version. */
@Model(table = "notes")
public class Note {
    @Key
    @Auto
    Long id;

    String text;
}
