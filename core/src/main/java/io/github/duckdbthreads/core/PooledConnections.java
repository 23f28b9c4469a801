package io.github.duckdbthreads.core;

import java.sql.SQLException;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * Duplicates of the root kept in a pool: a task takes an idle one, or a new one when none is idle, and
 * gives it back, with its prepared statements, when it ends. A model that lets at most n tasks run at
 * once therefore opens at most n. All of them close when the source closes.
 */
final class PooledConnections extends TrackingConnectionSource {

    private final Deque<KeptConnection> idle = new ConcurrentLinkedDeque<>();

    PooledConnections(ConnectionOpener opener) {
        super(opener);
    }

    @Override
    public ConnectionLease lease() throws SQLException {
        checkRunning();
        KeptConnection pooled = idle.pollFirst();
        while (pooled != null && pooled.connection.isClosed()) {
            pooled = idle.pollFirst();
        }
        // Most recently used first when it comes back: the same few connections keep serving.
        return pooled != null ? pooled : new KeptConnection(openConnection(), this, idle::addFirst);
    }
}
