package io.github.duckdbthreads.virtual;

import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.StructuredTaskScope.Joiner;
import java.util.concurrent.StructuredTaskScope.Subtask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import io.github.duckdbthreads.core.ModelResult;
import io.github.duckdbthreads.core.ModelResult.Ending;
import io.github.duckdbthreads.core.Task;
import io.github.duckdbthreads.core.TaskFailure;
import io.github.duckdbthreads.core.TaskPhase;

/**
 * The one class that uses {@link StructuredTaskScope}, a preview API in JDK 25 (JEP 505), so that the
 * day it changes or goes final is a change to this file alone.
 */
final class StructuredScope {

    /** How often a forking thread waiting for a permit looks whether the scope was cancelled meanwhile. */
    private static final Duration ADMISSION_CHECK = Duration.ofMillis(10);

    private StructuredScope() {
    }

    /**
     * Forks every task, in order, on a virtual thread of its own, and joins them all; called by the
     * scope's owner, which is the only thread that forks and joins. The scope is cancelled by the first
     * failure (its joiner stops the run's queries at once, on the failing task's thread), by the phase's
     * timeout (the scope's own, counted from its opening, so the forking counts too), or by an interrupt
     * of the owner at any moment: while it forks, while it waits for a permit, or while it joins. Once it
     * is cancelled the owner forks nothing more, the scope interrupts the threads still running, the
     * owner interrupts their DuckDB statements, and closing the scope waits for every thread: none
     * outlives this method. An interrupt is reported as {@link Ending#INTERRUPTED}, never thrown, with
     * the owner's interrupt flag set again.
     *
     * <p>With {@code inFlight} ({@code null}: no bound) at most its permits of tasks run at once: the
     * owner takes a permit before it forks each task and the task gives it back as it ends, so a task
     * beyond the bound waits unforked. The semaphore must be this run's own, with every permit free.
     * Every permit is free again when this method returns, including one taken for a fork that a
     * cancelled scope never started.
     */
    static ModelResult forkAllAndJoin(List<? extends Task> tasks, TaskPhase phase, Semaphore inFlight) {
        // Each task reports its own failure: a cancelled scope makes every later result unavailable, so a
        // failure that races the cancellation would otherwise be counted as cancelled and never printed.
        Queue<TaskFailure> failures = new ConcurrentLinkedQueue<>();
        AtomicInteger startedWithPermit = new AtomicInteger();
        int forkedWithPermit = 0;
        Ending ending;
        try (var scope = StructuredTaskScope.open(new CancelAtFirstFailure(phase),
                config -> phase.timeout().map(config::withTimeout).orElse(config))) {
            try {
                for (Task task : tasks) {
                    // Forking millions takes a while: a failure, the timeout and Ctrl-C are heard meanwhile too.
                    if (scope.isCancelled() || Thread.currentThread().isInterrupted()
                            || inFlight != null && !admitted(inFlight, scope)) {
                        break;
                    }
                    scope.fork(named(task, scope, inFlight, startedWithPermit, failures));
                    if (inFlight != null) {
                        forkedWithPermit++;
                    }
                }
            } catch (InterruptedException e) {
                // Interrupted while waiting for a permit: join() below hears it again and cancels the scope.
                Thread.currentThread().interrupt();
            }
            // Every way out goes through join(): once anything is forked, the scope may not close without it.
            ending = join(scope);
            if (ending != Ending.ALL_ENDED) {
                // The scope interrupts its threads, but a thread inside DuckDB does not notice.
                phase.interruptQueries().run();
            }
        } // close(): cancels the scope if it is not done, and waits for every thread, whatever interrupts it
        if (inFlight != null) {
            // A fork into a scope already cancelled never started, so it could not give its permit back.
            inFlight.release(forkedWithPermit - startedWithPermit.get());
        }
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
            // Each failed task reported itself.
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
     * Virtual threads are created unnamed by the scope's factory; each takes its task's name as it starts.
     * A thread that starts once the scope is cancelled returns at once: with tens of thousands forked and
     * not yet started when a stop comes, their running the task's first steps only to be refused a
     * connection is what made closing the scope slow (docs/failures.md).
     */
    private static Runnable named(Task task, StructuredTaskScope<?, ?> scope, Semaphore inFlight,
                                  AtomicInteger startedWithPermit, Queue<TaskFailure> failures) {
        return () -> {
            if (inFlight != null) {
                startedWithPermit.incrementAndGet();
            }
            try {
                if (!scope.isCancelled()) {
                    Thread.currentThread().setName(task.name());
                    task.run();
                }
            } catch (RuntimeException | Error e) {
                failures.add(new TaskFailure(task.name(), e));
                throw e;
            } finally {
                if (inFlight != null) {
                    inFlight.release();
                }
            }
        };
    }

    /**
     * Waits for a permit while the scope goes on. A cancelled scope (a task failed, or the timeout passed)
     * starts no more subtasks: stop forking instead.
     *
     * @throws InterruptedException if the owner is interrupted meanwhile
     */
    private static boolean admitted(Semaphore inFlight, StructuredTaskScope<?, ?> scope) throws InterruptedException {
        while (!inFlight.tryAcquire(ADMISSION_CHECK.toNanos(), TimeUnit.NANOSECONDS)) {
            if (scope.isCancelled()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The scope's policy: wait for every subtask, and cancel the scope at the first failure. Unlike
     * {@code Joiner.awaitAllSuccessfulOrThrow()}, it stops the run's queries right then, on the failing
     * task's thread, rather than once the owner has returned from {@code join()}: tasks that had not begun
     * their statement never begin it, even while the owner is still forking.
     */
    private static final class CancelAtFirstFailure implements Joiner<Object, Void> {

        private final TaskPhase phase;
        private final AtomicReference<Throwable> firstFailure = new AtomicReference<>();

        CancelAtFirstFailure(TaskPhase phase) {
            this.phase = phase;
        }

        /** Called on the subtask's thread, for subtasks that complete before the scope is cancelled. */
        @Override
        public boolean onComplete(Subtask<?> subtask) {
            if (subtask.state() != Subtask.State.FAILED) {
                return false;
            }
            if (firstFailure.compareAndSet(null, subtask.exception())) {
                phase.interruptQueries().run();
            }
            return true;
        }

        @Override
        public Void result() throws Throwable {
            Throwable failure = firstFailure.get();
            if (failure != null) {
                throw failure;
            }
            return null;
        }
    }
}
