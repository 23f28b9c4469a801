package io.github.duckdbthreads.core;

/**
 * A task stopped before completing because the run was stopping: its thread was interrupted, its
 * DuckDB statement was interrupted, or the connection source refused it a connection.
 */
public final class TaskCancelledException extends TaskException {

    private static final long serialVersionUID = 1L;

    public TaskCancelledException(String task, Exception cause) {
        super(task + " cancelled: " + Messages.firstLine(cause.getMessage()), cause);
    }
}
