package io.toasty.testing;

import java.sql.SQLException;
import java.util.Optional;

/**
 * One test class's own database on one server: where its connections go, how it is emptied after each test, and how
 * it is removed after the class. Emptying and removing use connections of their own, outside the test's pool.
 */
interface Sandbox {
    String jdbcUrl();

    String user();

    Optional<String> password();

    /** Another database of the same kind on the same server, as another test class gets. */
    Sandbox sibling(String label) throws SQLException;

    /** Drops every table and other object a test created. */
    void empty() throws SQLException;

    /** Removes the database; called once, after its pool is closed. */
    void remove() throws SQLException;
}
