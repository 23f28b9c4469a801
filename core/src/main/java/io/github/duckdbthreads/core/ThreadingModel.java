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
     * stopped the rest because of a failure (if that is its idiom), the phase's timeout, an interrupt of
     * the calling thread, or a thread it could not start.
     *
     * <p>The protocol every model keeps:
     * <ul>
     * <li>One thread calls {@code run}, the owner; it alone starts tasks and waits for them. A model may
     *     be run again, by any thread, once a run has returned: it keeps no state from one run to the next.
     * <li>The phase's timeout counts from the moment {@code run} is called, so starting the tasks counts
     *     too: a model that takes the tasks one by one looks at the deadline before each.
     * <li>An interrupt of the owner, at any moment (before the first task, while starting tasks, while
     *     waiting to admit one, while waiting for them), stops the run: no further task is started. It is
     *     reported as {@link ModelResult.Ending#INTERRUPTED}, never thrown, and the owner's interrupt flag
     *     is set again when {@code run} returns.
     * <li>An interrupt that arrives before the model returns wins. One that comes while the model is
     *     already stopping for another reason (the timeout, a failure, a thread it could not start) need
     *     not change what the model reports, but must be kept: the flag is set when {@code run} returns.
     *     The run ({@code WorkloadRun}) then ends {@link ModelResult.Ending#INTERRUPTED}, whatever the
     *     model reported; a model does not have to decide it.
     * <li>Whenever a model stops tasks, it interrupts their threads and calls
     *     {@link TaskPhase#interruptQueries()}, which makes every task that has not begun its statement
     *     give up at its next step and interrupts the statements in DuckDB.
     * <li>No thread the model started is alive when {@code run} returns.
     * </ul>
     */
    ModelResult run(List<? extends Task> tasks, TaskPhase phase);
}
