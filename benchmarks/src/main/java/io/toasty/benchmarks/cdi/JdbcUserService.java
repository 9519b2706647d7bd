package io.toasty.benchmarks.cdi;

import io.toasty.benchmarks.model.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The same service as {@link UserService}, written with hand-written JDBC on the injected, enlisting
 * {@code DataSource}: the same container, interceptors and transactions, without Toasty. What {@link UserService}
 * costs more than this is Toasty's share of the CDI + JTA path.
 */
@ApplicationScoped
public class JdbcUserService implements Users {
    @Inject
    DataSource dataSource;

    @Override
    @Transactional
    public long insert(User user) {
        try (Connection connection = dataSource.getConnection()) {
            return insert(connection, user);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    @Transactional
    public User find(long id) {
        try (Connection connection = dataSource.getConnection()) {
            return find(connection, id);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code INSERT ... RETURNING id} of one user on {@code connection}, as the JDBC + JTA system sends it too. */
    public static long insert(Connection connection, User user) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO users (email, name, age, score) VALUES (?, ?, ?, ?) RETURNING id")) {
            statement.setString(1, user.getEmail());
            statement.setString(2, user.getName());
            statement.setInt(3, user.getAge());
            statement.setInt(4, user.getScore());
            try (ResultSet keys = statement.executeQuery()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** One user by key on {@code connection}, mapped by hand, or null. */
    public static User find(Connection connection, long id) throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement("SELECT id, email, name, age, score FROM users WHERE id = ?")) {
            statement.setLong(1, id);
            try (ResultSet row = statement.executeQuery()) {
                return row.next()
                        ? new User(row.getLong(1), row.getString(2), row.getString(3), row.getInt(4), row.getInt(5))
                        : null;
            }
        }
    }
}
