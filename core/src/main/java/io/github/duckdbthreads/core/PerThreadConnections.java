package io.github.duckdbthreads.core;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * One duplicate of the root per thread, opened on the thread's first lease and kept, with its prepared
 * statements, for every later task on that thread. All of them close when the source closes, which the
 * runner does once the pool has shut down.
 */
final class PerThreadConnections extends TrackingConnectionSource {

    private final ThreadLocal<ThreadConnection> current = new ThreadLocal<>();

    PerThreadConnections(ConnectionOpener opener) {
        super(opener);
    }

    @Override
    public ConnectionLease lease() throws SQLException {
        checkRunning();
        ThreadConnection mine = current.get();
        if (mine == null || mine.connection.isClosed()) {
            mine = new ThreadConnection(openConnection());
            current.set(mine);
        }
        return mine;
    }

    /** Confined to its thread, so the statement cache needs no locking. */
    private final class ThreadConnection implements ConnectionLease {
        private final Connection connection;
        private final Map<String, PreparedStatement> statements = new HashMap<>();

        ThreadConnection(Connection connection) {
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
            // The connection stays with its thread for the next task.
        }
    }
}
