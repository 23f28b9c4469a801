package io.github.duckdbthreads.core;

import java.util.ArrayList;
import java.util.List;

/** A model for tests: every task in turn on the calling thread, failures collected, nothing stopped. */
public final class InCallerThread implements ThreadingModel {
    @Override
    public String name() {
        return "in-caller-thread";
    }

    @Override
    public ModelResult run(List<? extends Task> tasks, TaskPhase phase) {
        List<TaskFailure> failures = new ArrayList<>();
        for (Task task : tasks) {
            try {
                task.run();
            } catch (RuntimeException e) {
                failures.add(new TaskFailure(task.name(), e));
            }
        }
        return new ModelResult(failures, ModelResult.Ending.ALL_ENDED);
    }
}
