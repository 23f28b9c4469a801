package io.github.duckdbthreads.platform;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadFactory;

import io.github.duckdbthreads.core.ConnectionPolicy;
import io.github.duckdbthreads.core.ModelResult;
import io.github.duckdbthreads.core.ModelResult.Ending;
import io.github.duckdbthreads.core.Task;
import io.github.duckdbthreads.core.TaskFailure;
import io.github.duckdbthreads.core.TaskPhase;
import io.github.duckdbthreads.core.ThreadingModel;
import io.github.duckdbthreads.core.Threads;

/**
 * The guide's own model: one platform thread per task, named after it, all started in order and then
 * joined. A task's exception ends its thread and reaches the thread's uncaught-exception handler,
 * which is where this model collects failures; the other threads carry on. A timeout, an interrupt, or
 * a thread the JVM cannot start makes the model interrupt every thread it started and join them all.
 */
public final class PlatformThreadsModel implements ThreadingModel {

    /**
     * The most tasks the demo gives this model. Tasks start faster than DuckDB finishes them, so nearly
     * all of a run's threads are alive at once, and every one is an OS thread: a few tens of thousands
     * exhaust a typical Linux process-id space ({@code kernel.pid_max} 32768) for the whole machine,
     * after which even Ctrl-C has no thread to run on. Below this the JVM may still refuse a thread (a
     * container's pids limit, {@code ulimit -u}); the model then stops and says so.
     */
    public static final int MAX_THREADS = 10_000;

    private final ThreadFactory threads;
    private final ConnectionPolicy connections;

    /** A connection per task, as the guide makes one per thread. */
    public PlatformThreadsModel() {
        this(ConnectionPolicy.PER_TASK);
    }

    /** @param connections per-task or pooled: under a thread per task, per-thread is per-task kept to the end */
    public PlatformThreadsModel(ConnectionPolicy connections) {
        this(Thread.ofPlatform().factory(), connections);
    }

    /** With threads of one's own making, e.g. ones that fail to start after a few, as in a crowded JVM. */
    PlatformThreadsModel(ThreadFactory threads, ConnectionPolicy connections) {
        this.threads = threads;
        this.connections = connections;
    }

    @Override
    public String name() {
        return "platform-threads";
    }

    @Override
    public ConnectionPolicy connectionPolicy() {
        return connections;
    }

    @Override
    public ModelResult run(List<? extends Task> tasks, TaskPhase phase) {
        TaskPhase.Clock clock = phase.startClock();
        Queue<TaskFailure> failures = new ConcurrentLinkedQueue<>();
        List<Thread> started = new ArrayList<>(tasks.size());
        Ending ending = Ending.ALL_ENDED;
        // tag::start[]
        for (Task task : tasks) {
            // Starting thousands of threads takes a while: Ctrl-C and the timeout are heard meanwhile too.
            Ending stop = clock.reasonToStop().orElse(null);
            if (stop != null) {
                ending = stop;
                break;
            }
            Thread thread = threads.newThread(task);
            thread.setName(task.name());
            thread.setUncaughtExceptionHandler((ended, failure) -> failures.add(new TaskFailure(task.name(), failure)));
            try {
                thread.start();
                started.add(thread);
            } catch (OutOfMemoryError e) {
                // "unable to create native thread": the OS said no; the heap is fine, so carry on and stop.
                failures.add(new TaskFailure(task.name(), e));
                ending = Ending.OUT_OF_THREADS;
                break;
            }
        }
        // end::start[]
        if (ending == Ending.ALL_ENDED) {
            try {
                if (!joinAll(started, clock)) {
                    ending = Ending.TIMED_OUT;
                }
            } catch (InterruptedException e) {
                ending = Ending.INTERRUPTED;
            }
        }
        if (ending != Ending.ALL_ENDED) {
            stop(started, phase);
        }
        if (ending == Ending.INTERRUPTED) {
            Thread.currentThread().interrupt();
        }
        return new ModelResult(List.copyOf(failures), ending);
    }

    /** @return whether every thread ended before the phase's timeout */
    private static boolean joinAll(List<Thread> started, TaskPhase.Clock clock) throws InterruptedException {
        for (Thread thread : started) {
            long left = clock.nanosLeft();
            if (left == Long.MAX_VALUE) {
                thread.join();
            } else if (left == 0 || !thread.join(Duration.ofNanos(left))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Interrupts every thread and its DuckDB statement, then waits for all of them: none outlives the run,
     * even when stopping the queries fails (on the out-of-threads path the JVM has just refused a thread,
     * and may refuse the next thing too).
     */
    private static void stop(List<Thread> started, TaskPhase phase) {
        try {
            started.forEach(Thread::interrupt);
            phase.interruptQueries().run();
        } finally {
            Threads.joinUninterruptibly(started);
        }
    }
}
