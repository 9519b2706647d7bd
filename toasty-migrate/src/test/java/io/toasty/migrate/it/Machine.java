package io.toasty.migrate.it;

import io.toasty.model.Inheritance;
import io.toasty.model.Key;
import io.toasty.model.Model;

/** The base of a single-table hierarchy: one table for machines and lathes. */
@Model
@Inheritance
public class Machine {
    @Key
    public long id;

    public String name;

    public Machine() {}
}
