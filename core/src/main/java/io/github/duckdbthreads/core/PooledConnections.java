package io.github.duckdbthreads.core;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * Duplicates of the root kept in a pool: a task takes an idle one, or a new one when none is idle, and
 * gives it back, with its prepared statements, when it ends. A model that lets at most n tasks run at
 * once therefore opens at most n. All of them close when the source closes.
 */
final class PooledConnections extends TrackingConnectionSource {

    private final Deque<PooledConnection> idle = new ConcurrentLinkedDeque<>();

    PooledConnections(ConnectionOpener opener) {
        super(opener);
    }

    @Override
    public ConnectionLease lease() throws SQLException {
        checkRunning();
        PooledConnection pooled = idle.pollFirst();
        while (pooled != null && pooled.connection.isClosed()) {
            pooled = idle.pollFirst();
        }
        return pooled != null ? pooled : new PooledConnection(openConnection());
    }

    /** Used by one task at a time; the pool's deque hands it from one task to the next safely. */
    private final class PooledConnection implements ConnectionLease {
        private final Connection connection;
        private final Map<String, PreparedStatement> statements = new HashMap<>();

        PooledConnection(Connection connection) {
            this.connection = connection;
        }

        @Override
        public PreparedStatement prepare(String sql) throws SQLException {
            PreparedStatement statement = statements.get(sql);
            if (statement == null || statement.isClosed()) {
                if (statement != null) {
                    // DuckDB closes a statement whose execution failed; its replacement takes its place.
                    untrack(statement);
                }
                statement = connection.prepareStatement(sql);
                statements.put(sql, statement);
                track(statement);
            }
            statement.clearParameters();
            return statement;
        }

        @Override
        public void close() {
            // Most recently used first: the same few connections keep serving.
            idle.addFirst(this);
        }
    }
}
