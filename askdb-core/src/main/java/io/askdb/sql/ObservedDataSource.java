package io.askdb.sql;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The pool's source of new connections, telling the database's {@link DatabaseBreaker} whether each
 * attempt reached the database. The pool retries a refused connection after 10, 20, 40… ms, so
 * the breaker opens within tens of milliseconds of a database going away, long before a request's
 * connection wait runs out.
 */
final class ObservedDataSource implements DataSource {

    private final DataSource target;
    private final DatabaseBreaker breaker;

    ObservedDataSource(DataSource target, DatabaseBreaker breaker) {
        this.target = target;
        this.breaker = breaker;
    }

    @Override
    public Connection getConnection() throws SQLException {
        long start = System.nanoTime();
        try {
            Connection connection = target.getConnection();
            breaker.connected(System.nanoTime() - start);
            return connection;
        } catch (SQLException | RuntimeException e) {
            breaker.failed(System.nanoTime() - start, e);
            throw e;
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        long start = System.nanoTime();
        try {
            Connection connection = target.getConnection(username, password);
            breaker.connected(System.nanoTime() - start);
            return connection;
        } catch (SQLException | RuntimeException e) {
            breaker.failed(System.nanoTime() - start, e);
            throw e;
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return target.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : target.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || target.isWrapperFor(type);
    }
}
