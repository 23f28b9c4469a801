package io.github.duckdbthreads.virtual;

import java.util.List;

import io.github.duckdbthreads.core.Task;
import io.github.duckdbthreads.core.TaskFailure;
import io.github.duckdbthreads.core.ThreadingModel;

/**
 * One virtual thread per task, forked in a structured scope and joined as a whole. Every DuckDB call is
 * a native call, which holds the virtual thread's carrier for its duration: with many tasks in flight
 * the carriers are all busy inside DuckDB and other virtual threads wait.
 */
public final class VirtualThreadsModel implements ThreadingModel {

    @Override
    public String name() {
        return "virtual-threads";
    }

    @Override
    public List<TaskFailure> run(List<? extends Task> tasks) throws InterruptedException {
        return StructuredScope.forkAllAndJoin(tasks);
    }
}
