package io.github.duckdbthreads.core.workload;

import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.time.Duration;

import io.github.duckdbthreads.core.Task;
import io.github.duckdbthreads.core.TaskCancelledException;
import io.github.duckdbthreads.core.TaskException;
import io.github.duckdbthreads.core.TaskFailedException;
import io.github.duckdbthreads.core.database.ConnectionLease;
import io.github.duckdbthreads.core.database.ConnectionSource;
import io.github.duckdbthreads.core.database.RunStoppingException;

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
        // tag::steps[]
        events.started(task);
        if (fault == Fault.NONE) {
            RemoteCall.await(task.name(), ioLatency);
        }
        try (ConnectionLease lease = connections.lease()) {
            fault.inject(task.name(), lease);
            work.on(lease);
        } catch (SQLException e) {
            throw outcome(task.name(), e);
        }
        events.completed(task);
        // end::steps[]
    }

    /**
     * What a task whose database work ended in {@code e} throws: a cancellation when the run stopped it
     * (the source refused it a connection, or DuckDB interrupted its statement, which it reports as a
     * timeout), otherwise a failure.
     */
    static TaskException outcome(String task, SQLException e) {
        return e instanceof SQLTimeoutException || e instanceof RunStoppingException
                ? new TaskCancelledException(task, e)
                : new TaskFailedException(task, e);
    }
}
