package io.github.duckdbthreads.core;

import java.util.Objects;

/** A task that did not complete, and why. */
public record TaskFailure(String task, Throwable cause) {

    public TaskFailure {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(cause, "cause");
    }

    /** Whether the run stopped the task, rather than the task failing on its own. */
    public boolean cancelled() {
        return cause instanceof TaskCancelledException;
    }

    /** One line for the terminal: the task and the first line of the underlying reason. */
    public String describe() {
        Throwable reason = cause instanceof TaskFailedException && cause.getCause() != null ? cause.getCause() : cause;
        String message = reason.getMessage() == null ? reason.getClass().getSimpleName() : reason.getMessage();
        return task + " failed: " + Messages.firstLine(message);
    }
}
