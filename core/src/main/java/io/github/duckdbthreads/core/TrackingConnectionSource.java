package io.github.duckdbthreads.core;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What both connection sources share: opening through the database's opener, counting, and closing
 * whatever is still open when the source closes.
 */
abstract sealed class TrackingConnectionSource implements ConnectionSource
        permits PerTaskConnections, PerThreadConnections, PooledConnections {

    private final ConnectionOpener opener;
    private final Set<Connection> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger opened = new AtomicInteger();
    private final AtomicInteger closed = new AtomicInteger();
    private volatile boolean shut;

    TrackingConnectionSource(ConnectionOpener opener) {
        this.opener = opener;
    }

    final Connection openConnection() throws SQLException {
        if (shut) {
            throw new SQLException("the connection source is closed: the run is over");
        }
        Connection connection = opener.open();
        opened.incrementAndGet();
        open.add(connection);
        if (shut) {
            // Lost a race with close(): do not leave this one behind.
            release(connection);
            throw new SQLException("the connection source is closed: the run is over");
        }
        return connection;
    }

    /** Closes the connection unless someone already did; counts it once. */
    final void release(Connection connection) throws SQLException {
        if (open.remove(connection)) {
            try {
                connection.close();
            } finally {
                closed.incrementAndGet();
            }
        }
    }

    @Override
    public final int opened() {
        return opened.get();
    }

    @Override
    public final int closed() {
        return closed.get();
    }

    @Override
    public void close() throws SQLException {
        shut = true;
        SQLException failure = null;
        for (Connection connection : open) {
            try {
                release(connection);
            } catch (SQLException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
