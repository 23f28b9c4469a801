package io.github.duckdbthreads.core;

import java.util.List;

/**
 * A way of running tasks on threads. A model starts every task in the order given, waits until all of
 * them have ended, and reports the ones that failed, each in its own idiom. It never touches the
 * database: the tasks carry their connection source with them.
 */
public interface ThreadingModel {

    /** A short name for output and tables, e.g. {@code platform-threads}. */
    String name();

    /** How this model's tasks should get their connections. */
    default ConnectionPolicy connectionPolicy() {
        return ConnectionPolicy.PER_TASK;
    }

    /**
     * Runs every task, in order, and returns once all have ended.
     *
     * @return the tasks that failed, in no particular order; empty when all completed
     * @throws InterruptedException if the calling thread is interrupted while waiting; tasks still
     *                              running are then stopped before this method returns
     */
    List<TaskFailure> run(List<? extends Task> tasks) throws InterruptedException;
}
