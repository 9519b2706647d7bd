package io.toasty.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/** An in-memory H2 database of its own, kept while any connection is open and then until {@code SHUTDOWN}. */
record H2Sandbox(String jdbcUrl) implements Sandbox {
    static H2Sandbox create(String label) {
        return new H2Sandbox("jdbc:h2:mem:" + label + ";DB_CLOSE_DELAY=-1");
    }

    @Override
    public String user() {
        return "sa";
    }

    @Override
    public Optional<String> password() {
        return Optional.of("");
    }

    @Override
    public Sandbox sibling(String label) {
        return create(label);
    }

    @Override
    public void empty() throws SQLException {
        execute("DROP ALL OBJECTS");
    }

    @Override
    public void remove() throws SQLException {
        execute("SHUTDOWN");
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user(), "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
