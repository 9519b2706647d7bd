package io.toasty.quarkus.test.models;

import io.toasty.model.Auto;
import io.toasty.model.Column;
import io.toasty.model.Key;
import io.toasty.model.Model;

/** An author: the second model, for scenarios with two datasources. */
@Model
public class Author {
    @Key
    @Auto
    public Long id;

    @Column(length = 100)
    public String name;

    /** For Toasty. */
    public Author() {}

    public Author(String name) {
        this.name = name;
    }
}
