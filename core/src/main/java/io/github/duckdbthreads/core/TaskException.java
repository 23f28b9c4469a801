package io.github.duckdbthreads.core;

import java.sql.SQLException;
import java.sql.SQLTimeoutException;

/**
 * What a task throws when it does not complete: it {@linkplain TaskFailedException failed} on its own,
 * or the run {@linkplain TaskCancelledException cancelled} it. Every model sees one of the two, in its
 * own idiom (an uncaught exception, a failed future, a failed subtask).
 */
public abstract sealed class TaskException extends RuntimeException
        permits TaskFailedException, TaskCancelledException {

    private static final long serialVersionUID = 1L;

    TaskException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * The exception for a task whose database work ended in {@code e}: a cancellation when the run
     * stopped it (the source refused it a connection, or DuckDB interrupted its statement, which it
     * reports as a timeout), otherwise a failure.
     */
    static TaskException of(String task, SQLException e) {
        return e instanceof SQLTimeoutException || e instanceof RunStoppingException
                ? new TaskCancelledException(task, e)
                : new TaskFailedException(task, e);
    }
}
