package io.github.duckdbthreads;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.duckdbthreads.core.Task;
import io.github.duckdbthreads.core.workload.ReaderResult;
import io.github.duckdbthreads.core.workload.TaskEvents;

/** Which tasks started, and how many completed, as the tasks report it from their threads. */
final class TaskLog implements TaskEvents {

    private final Set<String> started = ConcurrentHashMap.newKeySet();
    private final AtomicInteger completed = new AtomicInteger();

    @Override
    public void started(Task task) {
        started.add(task.name());
    }

    @Override
    public void read(ReaderResult result) {
    }

    @Override
    public void completed(Task task) {
        completed.incrementAndGet();
    }

    /** The names of the tasks that started, so far. */
    Set<String> started() {
        return Set.copyOf(started);
    }

    boolean hasStarted(String task) {
        return started.contains(task);
    }

    int completed() {
        return completed.get();
    }
}
