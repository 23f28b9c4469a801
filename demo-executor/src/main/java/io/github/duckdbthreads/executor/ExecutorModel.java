package io.github.duckdbthreads.executor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.github.duckdbthreads.core.ConnectionPolicy;
import io.github.duckdbthreads.core.Task;
import io.github.duckdbthreads.core.TaskFailure;
import io.github.duckdbthreads.core.ThreadingModel;

/**
 * A fixed pool of named platform threads. Tasks are submitted in order and queue for a worker; each
 * worker keeps one connection of its own for every task it runs, so the table shows only as many
 * distinct thread names as there are workers. Failures come back through each task's {@link Future}.
 */
public final class ExecutorModel implements ThreadingModel {

    private final int threads;

    public ExecutorModel(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.threads = threads;
    }

    @Override
    public String name() {
        return "executor";
    }

    @Override
    public ConnectionPolicy connectionPolicy() {
        return ConnectionPolicy.PER_THREAD;
    }

    @Override
    public List<TaskFailure> run(List<? extends Task> tasks) throws InterruptedException {
        Map<Task, Future<?>> futures = new LinkedHashMap<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads,
                Thread.ofPlatform().name("pool-worker-", 1).factory())) {
            for (Task task : tasks) {
                futures.put(task, pool.submit(task));
            }
        } // close(): no new tasks, then wait for every submitted one to end
        List<TaskFailure> failures = new ArrayList<>();
        for (Map.Entry<Task, Future<?>> entry : futures.entrySet()) {
            try {
                entry.getValue().get();
            } catch (ExecutionException e) {
                failures.add(new TaskFailure(entry.getKey().name(), e.getCause()));
            } catch (CancellationException e) {
                failures.add(new TaskFailure(entry.getKey().name(), e));
            }
        }
        return failures;
    }
}
