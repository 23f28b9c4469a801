package io.github.duckdbthreads.core.database;

import java.sql.SQLException;
import java.util.concurrent.ThreadFactory;

/**
 * One duplicate of the root per thread, opened on the thread's first lease and kept, with its prepared
 * statements, for every later task on that thread. All of them close when the source closes, which the
 * runner does once the pool has shut down.
 */
final class PerThreadConnections extends TrackingConnectionSource {

    private final ThreadLocal<KeptConnection> current = new ThreadLocal<>();

    PerThreadConnections(ConnectionOpener opener, ThreadFactory interrupters) {
        super(opener, interrupters);
    }

    @Override
    public ConnectionLease lease() throws SQLException {
        checkRunning();
        KeptConnection mine = current.get();
        if (mine == null || mine.connection.isClosed()) {
            // The connection stays with its thread for the next task: ending a task's lease does nothing.
            mine = new KeptConnection(openConnection(), this, kept -> { });
            current.set(mine);
        }
        return mine;
    }
}
