package io.toasty.model;

/** What the database does to a row whose foreign key refers to a row that is deleted. */
public enum OnDelete {
    /** Refuse the delete at the end of the statement (the SQL default). */
    NO_ACTION,
    /** Delete the referring rows too. */
    CASCADE,
    /** Refuse the delete at once. */
    RESTRICT,
    /** Set the foreign key of the referring rows to null; the foreign-key field must be nullable. */
    SET_NULL;

    /** The SQL words. */
    public String sql() {
        return name().replace('_', ' ');
    }
}
