package io.github.duckdbthreads.core;

import java.sql.SQLException;
import java.time.Duration;

/**
 * The steps every task takes, whatever it does in the database: say it started; make its remote call (a
 * task told to fail or stall goes straight to its fault); take a connection; do its fault, then its work,
 * on that connection; give the connection back; say it completed. A refused connection or a failed
 * statement ends the task with a {@link TaskException}.
 */
final class TaskSteps {

    /** A task's own work on its connection. */
    @FunctionalInterface
    interface Work {
        void on(ConnectionLease lease) throws SQLException;
    }

    private TaskSteps() {
    }

    static void run(Task task, ConnectionSource connections, TaskEvents events, Fault fault, Duration ioLatency,
                    Work work) {
        events.started(task);
        if (fault == Fault.NONE) {
            RemoteCall.await(task.name(), ioLatency);
        }
        try (ConnectionLease lease = connections.lease()) {
            fault.inject(task.name(), lease);
            work.on(lease);
        } catch (SQLException e) {
            throw TaskException.of(task.name(), e);
        }
        events.completed(task);
    }
}
