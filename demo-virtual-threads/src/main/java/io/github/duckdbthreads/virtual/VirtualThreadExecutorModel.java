package io.github.duckdbthreads.virtual;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.github.duckdbthreads.core.ConnectionPolicy;
import io.github.duckdbthreads.core.ModelResult;
import io.github.duckdbthreads.core.ModelResult.Ending;
import io.github.duckdbthreads.core.Task;
import io.github.duckdbthreads.core.TaskFailure;
import io.github.duckdbthreads.core.TaskPhase;
import io.github.duckdbthreads.core.ThreadingModel;

/**
 * A virtual thread per task from {@link Executors#newVirtualThreadPerTaskExecutor()}: the executor an
 * {@code ExecutorService} user already writes, with virtual threads under it. What it does not have is
 * what the structured scope adds: a failure comes back through its task's {@link Future} and the siblings
 * carry on, as in the fixed pool; and nothing ties the threads to the code that started them but this
 * method's try-with-resources. A timeout or an interrupt stops it as the fixed pool is stopped:
 * {@code shutdownNow}, and the run's queries.
 */
public final class VirtualThreadExecutorModel implements ThreadingModel {

    private final ConnectionPolicy connections;

    public VirtualThreadExecutorModel(ConnectionPolicy connections) {
        this.connections = connections;
    }

    @Override
    public String name() {
        return "virtual-thread-executor";
    }

    @Override
    public ConnectionPolicy connectionPolicy() {
        return connections;
    }

    @Override
    public ModelResult run(List<? extends Task> tasks, TaskPhase phase) {
        TaskPhase.Clock clock = phase.startClock();
        Map<Task, Future<?>> futures = new LinkedHashMap<>();
        Ending ending = null;
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Task task : tasks) {
                ending = clock.reasonToStop().orElse(null);
                if (ending != null) {
                    break;
                }
                futures.put(task, executor.submit(named(task)));
            }
            executor.shutdown();
            if (ending == null) {
                ending = clock.awaitTermination(executor);
            }
            if (ending != Ending.ALL_ENDED) {
                executor.shutdownNow();
                // A thread inside DuckDB does not notice its interrupt.
                phase.interruptQueries().run();
            }
        } // close(): waits for every virtual thread the executor started
        List<TaskFailure> failures = new ArrayList<>();
        futures.forEach((task, future) -> {
            if (future.state() == Future.State.FAILED) {
                failures.add(new TaskFailure(task.name(), future.exceptionNow()));
            }
        });
        if (ending == Ending.INTERRUPTED) {
            Thread.currentThread().interrupt();
        }
        return new ModelResult(failures, ending);
    }

    /** The executor's virtual threads are unnamed; each takes its task's name, which the writer inserts. */
    private static Runnable named(Task task) {
        return () -> {
            Thread.currentThread().setName(task.name());
            task.run();
        };
    }
}
