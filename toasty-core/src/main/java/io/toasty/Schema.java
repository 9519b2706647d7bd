package io.toasty;

import java.util.List;

/**
 * Creates, drops and checks the tables of a {@link Toasty}'s models: tables, primary keys, unique constraints and
 * indexes. Each method runs outside any transaction the caller has open.
 */
public interface Schema {
    /** The DDL that {@link #create()} runs, in order. */
    List<String> createStatements();

    /** Creates every table, constraint and index that does not exist yet. */
    void create();

    /** Drops every model's table, with its data. */
    void drop();

    /**
     * Checks that every model's table, columns (type family and nullability), primary key, unique constraints and
     * indexes exist.
     *
     * @throws SchemaValidationException listing every difference
     */
    void validate();
}
