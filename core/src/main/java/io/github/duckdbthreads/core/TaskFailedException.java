package io.github.duckdbthreads.core;

import java.sql.SQLException;

/** A task's database work failed; the cause is DuckDB's own exception. */
public final class TaskFailedException extends TaskException {

    private static final long serialVersionUID = 1L;

    public TaskFailedException(String task, SQLException cause) {
        super(task + ": " + cause.getMessage(), cause);
    }
}
