package io.github.duckdbthreads.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import io.github.duckdbthreads.core.Task;
import io.github.duckdbthreads.core.TaskFailure;
import io.github.duckdbthreads.core.ThreadingModel;

/**
 * The guide's own model: one platform thread per task, named after it, all started in order and then
 * joined. A task's exception ends its thread and reaches the thread's uncaught-exception handler,
 * which is where this model collects failures; the other threads carry on.
 */
public final class PlatformThreadsModel implements ThreadingModel {

    @Override
    public String name() {
        return "platform-threads";
    }

    @Override
    public List<TaskFailure> run(List<? extends Task> tasks) throws InterruptedException {
        Queue<TaskFailure> failures = new ConcurrentLinkedQueue<>();
        List<Thread> threads = new ArrayList<>(tasks.size());
        for (Task task : tasks) {
            threads.add(Thread.ofPlatform()
                    .name(task.name())
                    .uncaughtExceptionHandler((thread, failure) -> failures.add(new TaskFailure(task.name(), failure)))
                    .start(task));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return List.copyOf(failures);
    }
}
