package io.github.duckdbthreads;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.github.duckdbthreads.core.Task;
import io.github.duckdbthreads.core.ThreadingModel;
import io.github.duckdbthreads.core.database.CountingConnections;
import io.github.duckdbthreads.core.database.DatabaseLocation;
import io.github.duckdbthreads.core.run.ConnectionCounter;
import io.github.duckdbthreads.core.run.RunObserver;
import io.github.duckdbthreads.core.run.RunResult;
import io.github.duckdbthreads.core.run.WorkloadRun;
import io.github.duckdbthreads.core.workload.ReaderResult;
import io.github.duckdbthreads.core.workload.TaskEvents;
import io.github.duckdbthreads.core.workload.Workload;

/**
 * A run through the one run sequence ({@link WorkloadRun}), observed as every test checks a run: its
 * connections counted the moment the model returns and again once the run is over, and every thread
 * that ran a task remembered, by identity.
 */
final class CheckedRun implements RunObserver {

    private final TaskEvents also;
    private final RunObserver around;
    private final Set<Thread> taskThreads = ConcurrentHashMap.newKeySet();
    private final ConnectionCounter connections = new ConnectionCounter();
    private RunResult result;

    private CheckedRun(TaskEvents also, RunObserver around) {
        this.also = also;
        this.around = around;
    }

    static CheckedRun run(DatabaseLocation location, Workload workload, ThreadingModel model) throws SQLException {
        return run(location, workload, model, Optional.empty(), result -> { });
    }

    /**
     * @param also events of the test's own, e.g. to interrupt the run at a chosen moment
     */
    static CheckedRun run(DatabaseLocation location, Workload workload, ThreadingModel model,
                          Optional<Duration> timeout, TaskEvents also) throws SQLException {
        return run(location, workload, model, timeout, also, RunObserver.NONE);
    }

    /**
     * @param around an observer whose source decorator goes around the counted one: what it does to the
     *               tasks' connections, the checks see as the tasks' own doing
     */
    static CheckedRun run(DatabaseLocation location, Workload workload, ThreadingModel model,
                          Optional<Duration> timeout, TaskEvents also, RunObserver around) throws SQLException {
        CheckedRun run = new CheckedRun(also, around);
        run.result = WorkloadRun.run(location, workload, model, timeout,
                run.connections.andThen(run).andThen(run.around));
        return run;
    }

    RunResult result() {
        return result;
    }

    /** The counts sampled the moment the model returned, before the run closed what was left. */
    CountingConnections.Counts atModelReturn() {
        return connections.atModelReturn();
    }

    /** The counts once the run was over and had closed every connection. */
    CountingConnections.Counts atEnd() {
        return connections.now();
    }

    /** Every thread on which a task began. */
    Set<Thread> taskThreads() {
        return Set.copyOf(taskThreads);
    }

    @Override
    public TaskEvents taskEvents() {
        return new TaskEvents() {
            @Override
            public void started(Task task) {
                taskThreads.add(Thread.currentThread());
                also.started(task);
            }

            @Override
            public void read(ReaderResult result) {
                also.read(result);
            }

            @Override
            public void completed(Task task) {
                also.completed(task);
            }
        };
    }
}
