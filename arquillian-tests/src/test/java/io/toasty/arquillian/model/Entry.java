package io.toasty.arquillian.model;

import io.toasty.model.Auto;
import io.toasty.model.Key;
import io.toasty.model.Model;

/** A journal line of an account: a second repository that a transaction writes together with {@link Account}. */
@Model
public record Entry(@Key @Auto Long id, String account, long amount) {
    /** A new line, whose key the database generates on insert. */
    public static Entry of(String account, long amount) {
        return new Entry(null, account, amount);
    }
}
