package io.toasty.migrate.it;

import io.toasty.model.Model;

/** A machine stored in the machines table, with a column of its own. */
@Model
public class Lathe extends Machine {
    public int spindles;

    public Lathe() {}
}
