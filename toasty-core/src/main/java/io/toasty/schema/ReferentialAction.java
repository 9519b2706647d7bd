package io.toasty.schema;

/** What a foreign key does to referring rows when the row they refer to is deleted. */
public enum ReferentialAction {
    /** Refuse the delete at the end of the statement (the SQL default). */
    NO_ACTION("NO ACTION"),
    /** Refuse the delete at once. */
    RESTRICT("RESTRICT"),
    /** Delete the referring rows too. */
    CASCADE("CASCADE"),
    /** Set the referring columns to null. */
    SET_NULL("SET NULL"),
    /** Set the referring columns to their defaults. */
    SET_DEFAULT("SET DEFAULT");

    private final String sql;

    ReferentialAction(String sql) {
        this.sql = sql;
    }

    /** The action as written after {@code ON DELETE}. */
    public String sql() {
        return sql;
    }
}
