package io.toasty.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@DatabaseTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabasesTest {
    private final TestDatabase database;

    DatabasesTest(TestDatabase database) {
        this.database = database;
    }

    @Test
    void connectsToTheDatabaseItIsNamedAfter() throws SQLException {
        try (Connection connection = database.dataSource().getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            assertEquals(database.isH2() ? "H2" : "PostgreSQL", product);
        }
        assertTrue(database.isH2() != database.isPostgres(), database.name());
        assertTrue(List.of(TestDatabase.H2, TestDatabase.POSTGRESQL).contains(database.name()));
    }

    @Test
    void postgresqlIsARealServer() throws SQLException {
        if (database.isPostgres()) {
            assertTrue(queryString(database.dataSource(), "select version()").startsWith("PostgreSQL "));
            assertTrue(queryString(database.dataSource(), "select current_schema()")
                    .startsWith("t_databasestest_"));
        }
    }

    @Test
    @Order(1)
    void aTestLeavesATableBehind() throws SQLException {
        execute(database.dataSource(), "create table leftover (id int)", "insert into leftover values (1)");
    }

    @Test
    @Order(2)
    void theNextTestStartsWithAnEmptyDatabase() {
        assertThrows(SQLException.class, () -> queryString(database.dataSource(), "select count(*) from leftover"));
    }

    @Test
    void anotherTestClassDoesNotSeeThisOnesTables() throws SQLException {
        execute(database.dataSource(), "create table mine (id int)", "insert into mine values (1)");
        TestDatabase other = database.openSibling("databasestest_other");
        try {
            assertThrows(SQLException.class, () -> queryString(other.dataSource(), "select count(*) from mine"));
            execute(other.dataSource(), "create table mine (id int)");
            assertEquals("0", queryString(other.dataSource(), "select count(*) from mine"));
        } finally {
            other.close();
        }
        assertEquals("1", queryString(database.dataSource(), "select count(*) from mine"));
    }

    @Test
    void aConnectionLeftOpenFailsTheTestAndIsClosed() throws SQLException {
        Connection leaked = database.dataSource().getConnection();
        AssertionError failure = assertThrows(AssertionError.class, database::afterEach);
        assertTrue(failure.getMessage().contains("left 1 connection(s)"), failure.getMessage());
        // the pool destroys it on its own housekeeping thread: wait for that, a little
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (isUsable(leaked) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertFalse(isUsable(leaked));
    }

    private static boolean isUsable(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("select 1");
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static void execute(DataSource dataSource, String... statements) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static String queryString(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            assertTrue(result.next(), sql);
            return result.getString(1);
        }
    }
}
