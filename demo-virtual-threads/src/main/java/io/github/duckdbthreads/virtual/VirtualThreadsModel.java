package io.github.duckdbthreads.virtual;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.StructuredTaskScope.Joiner;

import io.github.duckdbthreads.core.ConnectionPolicy;
import io.github.duckdbthreads.core.ModelResult;
import io.github.duckdbthreads.core.ModelResult.Ending;
import io.github.duckdbthreads.core.Task;
import io.github.duckdbthreads.core.TaskFailure;
import io.github.duckdbthreads.core.TaskPhase;
import io.github.duckdbthreads.core.ThreadingModel;

/**
 * One virtual thread per task, forked in a {@link StructuredTaskScope} and joined as a whole: the first
 * failure, the timeout or an interrupt cancels every task still running, and no thread outlives the scope.
 * The {@linkplain #bounded bounded} variant still gives every task a virtual thread of its own, but forks a
 * task only while fewer than its bound run ({@link Admission}).
 *
 * <p>The one class that uses {@code StructuredTaskScope}, a preview API in JDK 25 (JEP 505), so that the
 * day it changes again or goes final is a change to this file alone.
 */
public final class VirtualThreadsModel implements ThreadingModel {

    /** The most tasks running at once; 0 when unbounded. */
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

    /**
     * Forks every task, in order, and joins them all; the calling thread is the scope's owner, the only one
     * that forks and joins. The scope's timeout is the phase's, counted from its opening, so forking counts
     * too. Once the scope is cancelled (a failure, the timeout, an interrupt of the owner while it forks,
     * waits to admit a task, or joins) the owner forks nothing more, the scope interrupts the threads still
     * running, the owner stops their DuckDB statements, and closing the scope waits for every thread. An
     * interrupt is reported as {@link Ending#INTERRUPTED}, never thrown, with the owner's flag set again.
     */
    @Override
    public ModelResult run(List<? extends Task> tasks, TaskPhase phase) {
        // tag::idiom[]
        Admission admission = maxInFlight == 0 ? Admission.unbounded() : Admission.bounded(maxInFlight);
        Queue<TaskFailure> failures = new ConcurrentLinkedQueue<>();
        Ending ending;
        try (var scope = StructuredTaskScope.open(Joiner.awaitAllSuccessfulOrThrow(),
                config -> phase.timeout().map(config::withTimeout).orElse(config))) {
            for (Task task : tasks) {
                if (!admission.admit(scope::isCancelled)) {
                    break;
                }
                scope.fork(() -> runAdmitted(task, scope, admission, failures));
            }
            // Every way out goes through join(): once anything is forked, the scope may not close without it.
            ending = join(scope);
            if (ending != Ending.ALL_ENDED) {
                // The scope interrupts its threads, but a thread inside DuckDB does not notice.
                phase.interruptQueries().run();
            }
        } // close(): waits for every thread, whatever interrupts it
        // end::idiom[]
        if (ending == Ending.INTERRUPTED) {
            Thread.currentThread().interrupt();
        }
        return new ModelResult(List.copyOf(failures), ending);
    }

    /** Waits for the subtasks, and says why the wait ended. */
    private static Ending join(StructuredTaskScope<Object, Void> scope) {
        try {
            scope.join();
        } catch (StructuredTaskScope.FailedException e) {
            return Ending.CANCELLED_ON_FAILURE;
        } catch (StructuredTaskScope.TimeoutException e) {
            return Ending.TIMED_OUT;
        } catch (InterruptedException e) {
            return Ending.INTERRUPTED;
        }
        // join() returns at once, the flag still set, when an interrupt found no subtask alive to wait for.
        return Thread.currentThread().isInterrupted() ? Ending.INTERRUPTED : Ending.ALL_ENDED;
    }

    /**
     * A task on its virtual thread, which the scope's factory made unnamed: it takes its task's name. A
     * thread that starts once the scope is cancelled returns at once: with tens of thousands forked and not
     * yet started when a stop comes, their running the task's first steps only to be refused a connection
     * is what made closing the scope slow (docs/failures.md). Each task reports its own failure: a cancelled
     * scope makes every later result unavailable, so a failure that races the cancellation would otherwise
     * be counted as cancelled and never printed.
     */
    private static void runAdmitted(Task task, StructuredTaskScope<?, ?> scope, Admission admission,
                                    Queue<TaskFailure> failures) {
        try {
            if (!scope.isCancelled()) {
                Thread.currentThread().setName(task.name());
                task.run();
            }
        } catch (RuntimeException | Error e) {
            failures.add(new TaskFailure(task.name(), e));
            throw e;
        } finally {
            admission.leave();
        }
    }
}
