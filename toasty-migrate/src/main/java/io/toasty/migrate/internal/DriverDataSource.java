package io.toasty.migrate.internal;

import io.toasty.migrate.MigrationException;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source over a JDBC driver found in a class loader: {@code DriverManager} does not hand out drivers loaded by
 * a class loader other than the caller's, and the command line loads the application's drivers in one of its own.
 */
final class DriverDataSource implements DataSource {
    private final String url;
    private final Properties credentials = new Properties();
    private final Driver driver;

    DriverDataSource(String url, String user, String password, ClassLoader loader) {
        this.url = url;
        if (user != null) {
            credentials.setProperty("user", user);
        }
        if (password != null) {
            credentials.setProperty("password", password);
        }
        Driver found = null;
        for (Driver candidate : ServiceLoader.load(Driver.class, loader)) {
            try {
                if (candidate.acceptsURL(url)) {
                    found = candidate;
                    break;
                }
            } catch (SQLException e) {
                // not this one
            }
        }
        if (found == null) {
            throw new MigrationException(
                    "No JDBC driver on the class path accepts " + url + ": add the driver's jar" + " to --classpath");
        }
        this.driver = found;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection connection = driver.connect(url, credentials);
        if (connection == null) {
            throw new SQLException("The driver did not accept " + url);
        }
        return connection;
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        Properties given = new Properties();
        given.setProperty("user", username);
        given.setProperty("password", password);
        return driver.connect(url, given);
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("no logger");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        throw new SQLException("Not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return false;
    }
}
