package io.github.duckdbthreads.executor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;

import io.github.duckdbthreads.core.ConnectionPolicy;
import io.github.duckdbthreads.core.ModelResult;
import io.github.duckdbthreads.core.ModelResult.Ending;
import io.github.duckdbthreads.core.Task;
import io.github.duckdbthreads.core.TaskFailure;
import io.github.duckdbthreads.core.TaskPhase;
import io.github.duckdbthreads.core.ThreadingModel;

/**
 * A fixed pool of named platform threads. Tasks are submitted in order and queue for a worker; each
 * worker keeps one connection of its own for every task it runs, so the table shows only as many
 * distinct thread names as there are workers. Failures come back through each task's {@link Future};
 * the other tasks carry on. A timeout or an interrupt stops the pool as {@link ExecutorService}'s own
 * documentation does it: {@code shutdown}, {@code awaitTermination}, then {@code shutdownNow}.
 */
public final class ExecutorModel implements ThreadingModel {

    private final int threads;
    private final ConnectionPolicy connections;
    private final ThreadFactory workers;

    public ExecutorModel(int threads, ConnectionPolicy connections) {
        this(threads, connections, Thread.ofPlatform().name("pool-worker-", 1).factory());
    }

    /** With workers of one's own making, e.g. ones that fail to start after a few, as in a crowded JVM. */
    ExecutorModel(int threads, ConnectionPolicy connections, ThreadFactory workers) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.threads = threads;
        this.connections = connections;
        this.workers = workers;
    }

    @Override
    public String name() {
        return "executor";
    }

    @Override
    public ConnectionPolicy connectionPolicy() {
        return connections;
    }

    /**
     * Submits every task, in order, then waits for the pool; called by one thread, the owner. The phase's
     * timeout counts from the first submission, so submitting counts too. A deadline that passes or an
     * interrupt of the owner, while it submits or while it waits, stops the pool: no further task is
     * submitted, the queued ones never start, the running ones are interrupted with their DuckDB
     * statements, and the pool's threads have ended when this method returns. An interrupt is reported as
     * {@link Ending#INTERRUPTED}, never thrown, with the owner's interrupt flag set again.
     */
    @Override
    public ModelResult run(List<? extends Task> tasks, TaskPhase phase) {
        TaskPhase.Clock clock = phase.startClock();
        Map<Task, Future<?>> futures = new LinkedHashMap<>();
        Ending ending = null;
        List<TaskFailure> failures = new ArrayList<>();
        // tag::pool[]
        try (ExecutorService pool = Executors.newFixedThreadPool(threads, workers)) {
            for (Task task : tasks) {
                // Submitting millions takes a while: Ctrl-C and the timeout are heard meanwhile too.
                ending = clock.reasonToStop().orElse(null);
                if (ending != null) {
                    break;
                }
                try {
                    futures.put(task, pool.submit(task));
                } catch (OutOfMemoryError e) {
                    // The pool starts a worker inside submit() and the OS refused it: the task was not queued.
                    failures.add(new TaskFailure(task.name(), e));
                    ending = Ending.OUT_OF_THREADS;
                    break;
                }
            }
            pool.shutdown();
            if (ending == null) {
                ending = clock.awaitTermination(pool);
            }
            if (ending != Ending.ALL_ENDED) {
                stop(pool, phase);
            }
        } // close(): waits for the workers, which shutdownNow() has interrupted if it came to that
        // end::pool[]
        // Every future is done once the pool has closed: its state says how the task ended, without a wait.
        futures.forEach((task, future) -> {
            if (future.state() == Future.State.FAILED) {
                failures.add(new TaskFailure(task.name(), future.exceptionNow()));
            }
        });
        if (ending == Ending.INTERRUPTED) {
            Thread.currentThread().interrupt();
        }
        return new ModelResult(failures, ending);
    }


    /** The documented way to stop a pool: {@code shutdownNow()}, which interrupts the workers; and their statements. */
    private static void stop(ExecutorService pool, TaskPhase phase) {
        List<Runnable> neverStarted = pool.shutdownNow();
        phase.interruptQueries().run();
        for (Runnable queued : neverStarted) {
            // The pool hands back the futures submit() made; cancelled, they say so instead of waiting for ever.
            if (queued instanceof Future<?> future) {
                future.cancel(false);
            }
        }
    }
}
