package io.github.duckdbthreads.virtual;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.StructuredTaskScope.Subtask;
import java.util.concurrent.TimeUnit;

import io.github.duckdbthreads.core.Task;
import io.github.duckdbthreads.core.TaskFailure;

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
     * Forks every task, in order, on a virtual thread of its own, and joins them all. With the default
     * joiner the first failure cancels the scope: siblings still running are interrupted, and no thread
     * outlives the {@code try} block.
     *
     * @return the subtasks that failed; empty when all succeeded
     */
    static List<TaskFailure> forkAllAndJoin(List<? extends Task> tasks) throws InterruptedException {
        return forkAllAndJoin(tasks, null);
    }

    /**
     * As {@link #forkAllAndJoin(List)}, with at most {@code inFlight}'s permits of tasks running at once
     * ({@code null}: no limit). The forking thread takes a permit before it forks each task and the task
     * gives it back as it ends, so a task beyond the limit waits unforked: it holds no thread and no
     * place in the scheduler's queue ahead of the JVM's other virtual threads.
     */
    static List<TaskFailure> forkAllAndJoin(List<? extends Task> tasks, Semaphore inFlight)
            throws InterruptedException {
        List<Subtask<?>> subtasks = new ArrayList<>(tasks.size());
        try (var scope = StructuredTaskScope.open()) {
            for (Task task : tasks) {
                if (inFlight != null && !admitted(inFlight, scope)) {
                    break;
                }
                subtasks.add(scope.fork(named(task, inFlight)));
            }
            try {
                scope.join();
            } catch (StructuredTaskScope.FailedException e) {
                // Reported below from each failed subtask, not only the first one.
            }
        }
        List<TaskFailure> failures = new ArrayList<>();
        for (int i = 0; i < subtasks.size(); i++) {
            if (subtasks.get(i).state() == Subtask.State.FAILED) {
                failures.add(new TaskFailure(tasks.get(i).name(), subtasks.get(i).exception()));
            }
        }
        return failures;
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
     * Waits for a permit while the scope is open. A cancelled scope (a task failed) starts no more
     * subtasks, so a permit taken for one would never come back: stop forking instead.
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
