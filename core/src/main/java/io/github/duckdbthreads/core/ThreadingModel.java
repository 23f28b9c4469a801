package io.github.duckdbthreads.core;

import java.util.List;

/**
 * A way of running tasks on threads. A model starts every task in the order given, waits until all of
 * them have ended or the phase must stop, and reports the ones that failed, each in its own idiom. It
 * never touches the database: the tasks carry their connection source with them, and the phase says how
 * to interrupt their statements.
 */
public interface ThreadingModel {

    /** A short name for output and tables, e.g. {@code platform-threads}. */
    String name();

    /** How this model's tasks should get their connections. */
    default ConnectionPolicy connectionPolicy() {
        return ConnectionPolicy.PER_TASK;
    }

    /**
     * Runs every task, in order, and returns once none is running any more: all ended, or the model
     * stopped the rest because of a failure (if that is its idiom), the phase's timeout, an interrupt
     * of the calling thread, or a thread it could not start. Whenever it stops tasks it also calls
     * {@link TaskPhase#interruptQueries()}. An interrupt is reported as {@link ModelResult.Ending#INTERRUPTED}
     * with the calling thread's interrupt flag set again.
     */
    ModelResult run(List<? extends Task> tasks, TaskPhase phase);
}
