package io.toasty.examples.quickstart;

/** Stored by name, the default for enums. */
public enum Plan {
    FREE,
    PRO
}
