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
 * the timeout or an interrupt cancels every task still running.
 *
 * <p>Unbounded, every task is forked at once. A census of a 5000-writer run (docs/results.md) finds
 * nearly all of them waiting for a connection, with a connection per task on the root's lock in
 * {@code duplicate()}, and only about as many inside DuckDB as there are carriers: a DuckDB call is a
 * native call, which keeps its carrier until it returns. With a pool of connections the tasks do not
 * wait on a lock, but thousands of forked, never-run threads stay queued for a carrier, ahead of every
 * other virtual thread of the JVM.
 *
 * <p>The {@linkplain #bounded(int) bounded} variant still gives every task a virtual thread of its own,
 * but the owner forks a task only once a {@link Semaphore} permit is free, and the task gives it back as
 * it ends. Tasks beyond the bound wait unforked, in start order, so the scheduler's queue holds only the
 * forked ones and the rest of the JVM's virtual threads.
 */
public final class VirtualThreadsModel implements ThreadingModel {

    /** The most tasks running at once; 0 when unbounded. Each run makes its own semaphore of this many permits. */
    private final int maxInFlight;
    private final ConnectionPolicy connections;

    /** Unbounded, a connection per task, as the guide makes one per thread. */
    public VirtualThreadsModel() {
        this(ConnectionPolicy.PER_TASK);
    }

    /** Unbounded; a pool of connections bounds how many tasks are in DuckDB at once, inside the tasks. */
    public VirtualThreadsModel(ConnectionPolicy connections) {
        this(0, connections);
    }

    private VirtualThreadsModel(int maxInFlight, ConnectionPolicy connections) {
        this.maxInFlight = maxInFlight;
        this.connections = connections;
    }

    /** At most {@code maxInFlight} tasks forked at any moment, with a pool of as many connections. */
    public static VirtualThreadsModel bounded(int maxInFlight) {
        return bounded(maxInFlight, ConnectionPolicy.pooled(maxInFlight));
    }

    /** At most {@code maxInFlight} tasks forked at any moment, with these connections. */
    public static VirtualThreadsModel bounded(int maxInFlight, ConnectionPolicy connections) {
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("maxInFlight must be at least 1, got " + maxInFlight);
        }
        return new VirtualThreadsModel(maxInFlight, connections);
    }

    @Override
    public String name() {
        return maxInFlight == 0 ? "virtual-threads" : "virtual-threads-bounded";
    }

    @Override
    public ConnectionPolicy connectionPolicy() {
        return connections;
    }

    @Override
    public ModelResult run(List<? extends Task> tasks, TaskPhase phase) {
        // A semaphore of the run's own: a permit a cancelled run could not give back never reaches the next.
        return StructuredScope.forkAllAndJoin(tasks, phase, maxInFlight == 0 ? null : new Semaphore(maxInFlight));
    }
}
