package io.github.duckdbthreads.virtual;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.StructuredTaskScope;
import java.util.concurrent.StructuredTaskScope.Subtask;

import io.github.duckdbthreads.core.Task;
import io.github.duckdbthreads.core.TaskFailure;

/**
 * The one class that uses {@link StructuredTaskScope}, a preview API in JDK 25 (JEP 505), so that the
 * day it changes or goes final is a change to this file alone.
 */
final class StructuredScope {

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
        List<Subtask<?>> subtasks = new ArrayList<>(tasks.size());
        try (var scope = StructuredTaskScope.open()) {
            for (Task task : tasks) {
                subtasks.add(scope.fork(named(task)));
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
    private static Runnable named(Task task) {
        return () -> {
            Thread.currentThread().setName(task.name());
            task.run();
        };
    }
}
