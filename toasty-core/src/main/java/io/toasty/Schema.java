package io.toasty;

import io.toasty.schema.SchemaDef;
import io.toasty.schema.TableDef;
import java.util.List;

/**
 * Creates, drops and checks the tables of a {@link Toasty}'s models: tables, primary keys, unique constraints,
 * indexes and the foreign keys of their belongs-to relations (tables are created after the tables they refer to). Each method runs outside any transaction the caller has open. The DDL is written from
 * {@link #definition()}, the one description of what the models want; {@link #read()} describes a live database in
 * the same terms, so that the two can be compared. Thread-safe.
 */
public interface Schema {
    /** The DDL that {@link #create()} runs, in order. */
    List<String> createStatements();

    /** Creates every table, constraint and index that does not exist yet. */
    void create();

    /** Drops every model's table, with its data. */
    void drop();

    /**
     * Checks that every model's table, columns (type family and nullability), primary key, unique constraints,
     * indexes and foreign keys (with their {@code ON DELETE} rule) exist.
     *
     * @throws SchemaValidationException listing every difference
     */
    void validate();

    /**
     * What the models want, for this database: their tables in creation order, with the column types this database's
     * dialect writes.
     */
    SchemaDef definition();

    /**
     * What the database has: every table of the connection's current schema, read through JDBC metadata and the
     * standard {@code information_schema}, spelled as {@link #definition()} spells it. Column defaults are the
     * database's text of the expression, without PostgreSQL's trailing type casts.
     */
    SchemaDef read();

    /** The {@code CREATE TABLE} of one table, then its {@code CREATE INDEX} statements, for this database. */
    List<String> createStatements(TableDef table);

    /** Quotes an identifier for this database, as the DDL does. */
    String quote(String identifier);
}
