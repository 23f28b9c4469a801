package io.github.duckdbthreads.virtual;

import java.util.List;

import io.github.duckdbthreads.core.ModelResult;
import io.github.duckdbthreads.core.Task;
import io.github.duckdbthreads.core.TaskPhase;
import io.github.duckdbthreads.core.ThreadingModel;

/**
 * One virtual thread per task, forked in a structured scope and joined as a whole: the first failure,
 * the timeout or an interrupt cancels every task still running. Every DuckDB call is a native call,
 * which holds the virtual thread's carrier for its duration: with many tasks in flight the carriers are
 * all busy inside DuckDB and other virtual threads wait.
 */
public final class VirtualThreadsModel implements ThreadingModel {

    @Override
    public String name() {
        return "virtual-threads";
    }

    @Override
    public ModelResult run(List<? extends Task> tasks, TaskPhase phase) {
        return StructuredScope.forkAllAndJoin(tasks, phase);
    }
}
