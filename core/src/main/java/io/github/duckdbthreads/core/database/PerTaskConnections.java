package io.github.duckdbthreads.core.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadFactory;

/** A fresh duplicate of the root for every lease, closed with the lease: the guide's {@code con.cursor()} per thread. */
final class PerTaskConnections extends TrackingConnectionSource {

    PerTaskConnections(ConnectionOpener opener, ThreadFactory interrupters) {
        super(opener, interrupters);
    }

    @Override
    public ConnectionLease lease() throws SQLException {
        return new TaskLease(openConnection());
    }

    private final class TaskLease implements ConnectionLease {
        private final Connection connection;
        private final List<PreparedStatement> statements = new ArrayList<>(1);

        TaskLease(Connection connection) {
            this.connection = connection;
        }

        @Override
        public PreparedStatement prepare(String sql) throws SQLException {
            checkRunning();
            PreparedStatement statement = connection.prepareStatement(sql);
            statements.add(statement);
            track(statement);
            return statement;
        }

        @Override
        public void close() throws SQLException {
            // Closing the connection closes its statements too; release() still runs if one fails.
            try {
                for (PreparedStatement statement : statements) {
                    untrack(statement);
                    statement.close();
                }
            } finally {
                release(connection);
            }
        }
    }
}
