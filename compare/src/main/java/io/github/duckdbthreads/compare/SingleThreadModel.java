package io.github.duckdbthreads.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.duckdbthreads.core.ConnectionPolicy;
import io.github.duckdbthreads.core.ConnectionPolicy.Kind;
import io.github.duckdbthreads.core.ModelResult;
import io.github.duckdbthreads.core.ModelResult.Ending;
import io.github.duckdbthreads.core.Task;
import io.github.duckdbthreads.core.TaskFailure;
import io.github.duckdbthreads.core.TaskPhase;
import io.github.duckdbthreads.core.ThreadingModel;
import io.github.duckdbthreads.core.Threads;
import io.github.duckdbthreads.core.cli.ModelSpec;

/**
 * The two reference rows: every task, one after another, on one platform thread. {@code sequential}
 * gives each task its own connection, as the guide writes a task; {@code limit} keeps one connection
 * and its two prepared statements for the whole loop, which is as fast as single-row writes go on one
 * thread of this machine.
 */
final class SingleThreadModel implements ThreadingModel {

    private final String name;
    private final ConnectionPolicy policy;
    private SingleThreadModel(String name, ConnectionPolicy policy) {
        this.name = name;
        this.policy = policy;
    }

    /** Every task in turn on one thread, with a connection per task: the guide's task, without threads. */
    static final ModelSpec SEQUENTIAL = ModelSpec.of("sequential",
            (options, connections) -> new SingleThreadModel("sequential", connections)).threadNames("sequential");

    /** Every task in turn on one thread and one kept connection: as fast as one thread goes. */
    static final ModelSpec LIMIT = ModelSpec.of("limit",
                    (options, connections) -> new SingleThreadModel("limit", connections))
            .connections(Kind.PER_THREAD).threadNames("limit");

    @Override
    public String name() {
        return name;
    }

    @Override
    public ConnectionPolicy connectionPolicy() {
        return policy;
    }

    @Override
    public ModelResult run(List<? extends Task> tasks, TaskPhase phase) {
        List<TaskFailure> failures = new ArrayList<>();
        AtomicBoolean stopped = new AtomicBoolean();
        Thread worker = Thread.ofPlatform().name(name).start(() -> {
            for (Task task : tasks) {
                if (stopped.get()) {
                    return;
                }
                try {
                    task.run();
                } catch (RuntimeException e) {
                    failures.add(new TaskFailure(task.name(), e));
                }
            }
        });
        Ending ending = Ending.ALL_ENDED;
        try {
            if (phase.timeout().isPresent()) {
                if (!worker.join(phase.timeout().get())) {
                    ending = Ending.TIMED_OUT;
                }
            } else {
                worker.join();
            }
        } catch (InterruptedException e) {
            ending = Ending.INTERRUPTED;
        }
        if (ending != Ending.ALL_ENDED) {
            stopped.set(true);
            worker.interrupt();
            phase.interruptQueries().run();
            Threads.joinUninterruptibly(List.of(worker));
        }
        if (ending == Ending.INTERRUPTED) {
            Thread.currentThread().interrupt();
        }
        return new ModelResult(failures, ending); // join() made the worker's writes visible
    }
}
