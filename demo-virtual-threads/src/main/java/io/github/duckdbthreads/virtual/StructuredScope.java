package io.github.duckdbthreads.virtual;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.StructuredTaskScope.Joiner;
import java.util.concurrent.StructuredTaskScope.Subtask;
import java.util.concurrent.TimeUnit;

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
     * Forks every task, in order, on a virtual thread of its own, and joins them all. The first failure
     * cancels the scope, as does the phase's timeout (the scope's own configured timeout) or an interrupt
     * of the owner: siblings still running are interrupted, their DuckDB statements too, and no thread
     * outlives the {@code try} block.
     *
     * <p>With {@code inFlight} ({@code null}: no limit) at most its permits of tasks run at once. The
     * forking thread takes a permit before it forks each task and the task gives it back as it ends, so a
     * task beyond the limit waits unforked: it holds no thread and no place in the scheduler's queue
     * ahead of the JVM's other virtual threads.
     */
    static ModelResult forkAllAndJoin(List<? extends Task> tasks, TaskPhase phase, Semaphore inFlight) {
        List<Subtask<?>> subtasks = new ArrayList<>(tasks.size());
        Ending ending = Ending.ALL_ENDED;
        try (var scope = StructuredTaskScope.open(Joiner.<Object>awaitAllSuccessfulOrThrow(),
                config -> phase.timeout().map(config::withTimeout).orElse(config))) {
            try {
                for (Task task : tasks) {
                    // Forking millions takes a while: Ctrl-C is heard meanwhile too, by join() below.
                    if (Thread.currentThread().isInterrupted()
                            || inFlight != null && !admitted(inFlight, scope)) {
                        break;
                    }
                    subtasks.add(scope.fork(named(task, inFlight)));
                }
                scope.join();
            } catch (StructuredTaskScope.FailedException e) {
                // Reported below from each failed subtask.
                ending = Ending.CANCELLED_ON_FAILURE;
            } catch (StructuredTaskScope.TimeoutException e) {
                ending = Ending.TIMED_OUT;
            } catch (InterruptedException e) {
                // close() cancels the scope; the flag is restored once it has.
                ending = Ending.INTERRUPTED;
            }
            if (ending != Ending.ALL_ENDED) {
                // The scope interrupts its threads, but a thread inside DuckDB does not notice.
                phase.interruptQueries().run();
            }
        }
        if (ending == Ending.INTERRUPTED) {
            Thread.currentThread().interrupt();
        }
        List<TaskFailure> failures = new ArrayList<>();
        for (int i = 0; i < subtasks.size(); i++) {
            if (subtasks.get(i).state() == Subtask.State.FAILED) {
                failures.add(new TaskFailure(tasks.get(i).name(), subtasks.get(i).exception()));
            }
        }
        return new ModelResult(failures, ending);
    }

    /** Virtual threads are created unnamed by the scope's factory; each takes its task's name as it starts. */
    private static Runnable named(Task task, Semaphore inFlight) {
        return () -> {
            Thread.currentThread().setName(task.name());
            try {
                task.run();
            } finally {
                if (inFlight != null) {
                    inFlight.release();
                }
            }
        };
    }

    /**
     * Waits for a permit while the scope is open. A cancelled scope (a task failed, or the timeout passed)
     * starts no more subtasks, so a permit taken for one would never come back: stop forking instead.
     */
    private static boolean admitted(Semaphore inFlight, StructuredTaskScope<?, ?> scope) throws InterruptedException {
        while (!inFlight.tryAcquire(ADMISSION_CHECK.toNanos(), TimeUnit.NANOSECONDS)) {
            if (scope.isCancelled()) {
                return false;
            }
        }
        if (scope.isCancelled()) {
            inFlight.release();
            return false;
        }
        return true;
    }
}
