package io.github.duckdbthreads.compare;

import java.util.ArrayList;
import java.util.List;

import io.github.duckdbthreads.core.ConnectionPolicy;
import io.github.duckdbthreads.core.Task;
import io.github.duckdbthreads.core.TaskFailure;
import io.github.duckdbthreads.core.ThreadingModel;

/**
 * The two reference rows: every task, one after another, on one platform thread. {@code sequential}
 * gives each task its own connection, as the guide writes a task; {@code limit} keeps one connection
 * and its two prepared statements for the whole loop, which is as fast as single-row writes go on one
 * thread of this machine.
 */
final class SingleThreadModel implements ThreadingModel {

    private final String name;
    private final ConnectionPolicy policy;
    private volatile boolean stopped;

    private SingleThreadModel(String name, ConnectionPolicy policy) {
        this.name = name;
        this.policy = policy;
    }

    static SingleThreadModel sequential() {
        return new SingleThreadModel("sequential", ConnectionPolicy.PER_TASK);
    }

    static SingleThreadModel limit() {
        return new SingleThreadModel("limit", ConnectionPolicy.PER_THREAD);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public ConnectionPolicy connectionPolicy() {
        return policy;
    }

    @Override
    public List<TaskFailure> run(List<? extends Task> tasks) throws InterruptedException {
        List<TaskFailure> failures = new ArrayList<>();
        Thread worker = Thread.ofPlatform().name(name).start(() -> {
            for (Task task : tasks) {
                if (stopped) {
                    return;
                }
                try {
                    task.run();
                } catch (RuntimeException e) {
                    failures.add(new TaskFailure(task.name(), e));
                }
            }
        });
        try {
            worker.join();
        } catch (InterruptedException e) {
            stopped = true;
            worker.interrupt();
            joinUninterruptibly(worker);
            throw e;
        }
        return List.copyOf(failures); // join() made the worker's writes visible
    }

    /** The worker ends within one task once stopped; the interrupt is restored by the caller's rethrow. */
    private static void joinUninterruptibly(Thread worker) {
        boolean interrupted = false;
        while (worker.isAlive()) {
            try {
                worker.join();
            } catch (InterruptedException again) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
