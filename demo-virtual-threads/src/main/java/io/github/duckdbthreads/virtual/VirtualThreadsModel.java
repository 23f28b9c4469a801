package io.github.duckdbthreads.virtual;

import java.util.List;
import java.util.concurrent.Semaphore;

import io.github.duckdbthreads.core.ConnectionPolicy;
import io.github.duckdbthreads.core.ModelResult;
import io.github.duckdbthreads.core.Task;
import io.github.duckdbthreads.core.TaskPhase;
import io.github.duckdbthreads.core.ThreadingModel;

/**
 * One virtual thread per task, forked in a structured scope and joined as a whole: the first failure,
 * the timeout or an interrupt cancels every task still running. Every DuckDB call is a native call,
 * which holds the virtual thread's carrier for its duration: with many tasks in flight the carriers are
 * all busy inside DuckDB and other virtual threads wait.
 *
 * <p>The {@linkplain #bounded(int) bounded} variant still gives every task a virtual thread of its own,
 * but lets only so many tasks into DuckDB at once: a task is forked once a {@link Semaphore} permit is
 * free, and gives it back as it ends. Tasks beyond the limit wait unforked, in start order, so the
 * scheduler's queue holds only the running ones and the rest of the JVM's virtual threads. With at
 * most n tasks running, n connections serve them all: the bounded variant takes its connections from
 * a pool, each keeping its prepared statements from task to task, as the executor's workers do.
 */
public final class VirtualThreadsModel implements ThreadingModel {

    /** {@code null} when unbounded. */
    private final Semaphore inFlight;

    /** Unbounded: every forked task goes straight into DuckDB. */
    public VirtualThreadsModel() {
        this.inFlight = null;
    }

    private VirtualThreadsModel(Semaphore inFlight) {
        this.inFlight = inFlight;
    }

    /** At most {@code maxInFlight} tasks inside DuckDB at any moment. */
    public static VirtualThreadsModel bounded(int maxInFlight) {
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("maxInFlight must be at least 1, got " + maxInFlight);
        }
        return new VirtualThreadsModel(new Semaphore(maxInFlight));
    }

    @Override
    public String name() {
        return inFlight == null ? "virtual-threads" : "virtual-threads-bounded";
    }

    @Override
    public ConnectionPolicy connectionPolicy() {
        return inFlight == null ? ConnectionPolicy.PER_TASK : ConnectionPolicy.POOLED;
    }

    @Override
    public ModelResult run(List<? extends Task> tasks, TaskPhase phase) {
        return StructuredScope.forkAllAndJoin(tasks, phase, inFlight);
    }
}
