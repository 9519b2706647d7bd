package io.toasty.benchmarks;

import io.toasty.benchmarks.model.Post;
import io.toasty.benchmarks.model.User;
import io.toasty.benchmarks.model.UserWithPosts;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/**
 * Hand-written JDBC as it should be written: prepared statements, rows mapped by position into the same classes
 * Toasty uses, batches for many writes (pgjdbc rewrites batched inserts that return no keys), {@code = ANY(?)} for a
 * list of ids, autocommit for a single statement and a transaction around several.
 */
final class JdbcContender implements Contender {
    private static final String COLUMNS = "id, email, name, age, score";
    private static final String INSERT = "INSERT INTO users (email, name, age, score) VALUES (?, ?, ?, ?)";

    private final DataSource dataSource;
    /** The multi-row insert of {@link #bulkInsertValues}, by row count: built once per shape, like a constant. */
    private final Map<Integer, String> multiRowInserts = new HashMap<>();

    JdbcContender(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public long insertOne(int n) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(INSERT + " RETURNING id")) {
            bindNewUser(statement, 1, n);
            try (ResultSet keys = statement.executeQuery()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void bindNewUser(PreparedStatement statement, int first, int n) throws SQLException {
        statement.setString(first, Contender.email(n));
        statement.setString(first + 1, Contender.name(n));
        statement.setInt(first + 2, Contender.age(n));
        statement.setInt(first + 3, 0);
    }

    /** A batch in a transaction, keys returned: what JDBC best practice gives, and what pgjdbc cannot rewrite. */
    @Override
    public long[] bulkInsert(int n, int count) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(INSERT, new String[] {"id"})) {
                for (int i = 0; i < count; i++) {
                    bindNewUser(statement, 1, n + i);
                    statement.addBatch();
                }
                statement.executeBatch();
                long[] ids = new long[count];
                try (ResultSet keys = statement.getGeneratedKeys()) {
                    for (int i = 0; keys.next(); i++) {
                        ids[i] = keys.getLong(1);
                    }
                }
                connection.commit();
                return ids;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One multi-row {@code INSERT ... VALUES (...), (...) RETURNING id}, in autocommit: one statement is atomic. */
    long[] bulkInsertValues(int n, int count) {
        String sql = multiRowInserts.computeIfAbsent(count, rows -> {
            StringBuilder text = new StringBuilder("INSERT INTO users (email, name, age, score) VALUES ");
            for (int i = 0; i < rows; i++) {
                text.append(i == 0 ? "(?, ?, ?, ?)" : ", (?, ?, ?, ?)");
            }
            return text.append(" RETURNING id").toString();
        });
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < count; i++) {
                bindNewUser(statement, 1 + 4 * i, n + i);
            }
            return readIds(statement, count);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One {@code INSERT ... SELECT * FROM unnest(arrays) RETURNING id}: four arrays bound, one SQL text for any count. */
    long[] bulkInsertUnnest(int n, int count) {
        String sql = "INSERT INTO users (email, name, age, score)"
                + " SELECT * FROM unnest(?::varchar[], ?::varchar[], ?::int4[], ?::int4[]) RETURNING id";
        String[] emails = new String[count];
        String[] names = new String[count];
        int[] ages = new int[count];
        int[] scores = new int[count];
        for (int i = 0; i < count; i++) {
            emails[i] = Contender.email(n + i);
            names[i] = Contender.name(n + i);
            ages[i] = Contender.age(n + i);
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            Array[] arrays = {
                connection.createArrayOf("varchar", emails),
                connection.createArrayOf("varchar", names),
                // pgjdbc binds primitive arrays as they are
                connection.unwrap(PGConnection.class).createArrayOf("int4", ages),
                connection.unwrap(PGConnection.class).createArrayOf("int4", scores)
            };
            for (int i = 0; i < arrays.length; i++) {
                statement.setArray(i + 1, arrays[i]);
            }
            return readIds(statement, count);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long[] readIds(PreparedStatement statement, int count) throws SQLException {
        long[] ids = new long[count];
        try (ResultSet keys = statement.executeQuery()) {
            for (int i = 0; keys.next(); i++) {
                ids[i] = keys.getLong(1);
            }
        }
        return ids;
    }

    @Override
    public Object findById(long id) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement =
                        connection.prepareStatement("SELECT " + COLUMNS + " FROM users WHERE id = ?")) {
            statement.setLong(1, id);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? user(row) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static User user(ResultSet row) throws SQLException {
        return new User(row.getLong(1), row.getString(2), row.getString(3), row.getInt(4), row.getInt(5));
    }

    private static List<User> users(PreparedStatement statement) throws SQLException {
        List<User> users = new ArrayList<>();
        try (ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                users.add(user(row));
            }
        }
        return users;
    }

    @Override
    public List<User> findMany(int minAge, int limit) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT " + COLUMNS + " FROM users WHERE age >= ? ORDER BY id LIMIT " + limit)) {
            statement.setInt(1, minAge);
            return users(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public long updateSetBased(long from, long to) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement =
                        connection.prepareStatement("UPDATE users SET score = score + 1 WHERE id BETWEEN ? AND ?")) {
            statement.setLong(1, from);
            statement.setLong(2, to);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public long updateLoadModifySave(long from, long to) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                List<User> users;
                try (PreparedStatement select = connection.prepareStatement(
                        "SELECT " + COLUMNS + " FROM users WHERE id BETWEEN ? AND ? ORDER BY id")) {
                    select.setLong(1, from);
                    select.setLong(2, to);
                    users = users(select);
                }
                for (User user : users) {
                    user.setScore(user.getScore() + 1);
                }
                long changed = 0;
                try (PreparedStatement update = connection.prepareStatement(
                        "UPDATE users SET email = ?, name = ?, age = ?, score = ? WHERE id = ?")) {
                    for (User user : users) {
                        update.setString(1, user.getEmail());
                        update.setString(2, user.getName());
                        update.setInt(3, user.getAge());
                        update.setInt(4, user.getScore());
                        update.setLong(5, user.getId());
                        update.addBatch();
                    }
                    for (int count : update.executeBatch()) {
                        changed += count;
                    }
                }
                connection.commit();
                return changed;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Two queries on one connection: the users, then all their posts with one array of ids. */
    @Override
    public List<UserWithPosts> preload(long from, long to) {
        try (Connection connection = dataSource.getConnection()) {
            List<User> users;
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM users WHERE id BETWEEN ? AND ? ORDER BY id")) {
                statement.setLong(1, from);
                statement.setLong(2, to);
                users = users(statement);
            }
            Long[] ids = new Long[users.size()];
            Map<Long, List<Post>> posts = new LinkedHashMap<>();
            for (int i = 0; i < ids.length; i++) {
                ids[i] = users.get(i).getId();
                posts.put(ids[i], new ArrayList<>());
            }
            try (PreparedStatement statement =
                    connection.prepareStatement("SELECT id, user_id, title, body FROM posts WHERE user_id = ANY(?)")) {
                statement.setArray(1, connection.createArrayOf("int8", ids));
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        long userId = row.getLong(2);
                        posts.get(userId).add(new Post(row.getLong(1), userId, row.getString(3), row.getString(4)));
                    }
                }
            }
            List<UserWithPosts> result = new ArrayList<>(users.size());
            for (User user : users) {
                result.add(new UserWithPosts(user, posts.get(user.getId())));
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<User> pageKeyset(long after, int size) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT " + COLUMNS + " FROM users WHERE id > ? ORDER BY id LIMIT " + size)) {
            statement.setLong(1, after);
            return users(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Map<Integer, Long> countGroup() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement =
                        connection.prepareStatement("SELECT age / 10, COUNT(*) FROM users GROUP BY age / 10");
                ResultSet row = statement.executeQuery()) {
            Map<Integer, Long> counts = new HashMap<>();
            while (row.next()) {
                counts.put(row.getInt(1), row.getLong(2));
            }
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {}
}
