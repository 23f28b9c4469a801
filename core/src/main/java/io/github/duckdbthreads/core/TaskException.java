package io.github.duckdbthreads.core;

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
}
