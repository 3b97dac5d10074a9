package io.partnerportal.adapters.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source that is not open yet (SPEC V7): the persistence unit is created with it and processes
 * its metadata while the pool connects; the first connection asked for waits until the pool is there
 * ({@link #open}), or fails as the pool did.
 */
final class PendingDataSource implements DataSource {
    private final CompletableFuture<DataSource> target = new CompletableFuture<>();

    void open(DataSource dataSource) {
        target.complete(dataSource);
    }

    void failed(Throwable failure) {
        target.completeExceptionally(failure);
    }

    /** Waits until the pool has opened or failed to. */
    void awaitOutcome() {
        target.handle((d, failure) -> d).join();
    }

    /** Whether the pool could not be opened: then nothing should ask it for a connection. */
    boolean isFailed() {
        return target.isCompletedExceptionally();
    }

    private DataSource target() throws SQLException {
        try {
            return target.join();
        } catch (CompletionException e) {
            throw new SQLException("the connection pool did not open: " + e.getCause().getMessage(), e.getCause());
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        return target().getConnection();
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return target().getConnection(user, password);
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target().getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target().setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target().setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target().getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        return target().unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || target().isWrapperFor(iface);
    }
}
