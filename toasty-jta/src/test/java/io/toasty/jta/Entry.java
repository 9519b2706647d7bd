package io.toasty.jta;

import io.toasty.model.Column;
import io.toasty.model.Key;
import io.toasty.model.Model;

/** A named amount: the rows the tests write and look for. */
@Model
public record Entry(@Key @Column(length = 40) String name, int amount) {
    public Entry(String name) {
        this(name, 0);
    }
}
