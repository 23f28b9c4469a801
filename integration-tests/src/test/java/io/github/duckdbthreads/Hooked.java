package io.github.duckdbthreads;

import java.util.AbstractList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import io.github.duckdbthreads.core.Task;

/**
 * The tasks as a model receives them, with something done on the model's own thread, once, as the model
 * takes the task at {@code index}: a way to reach the moment a model is starting its tasks.
 */
final class Hooked extends AbstractList<Task> {

    private final List<Task> tasks;
    private final int index;
    private final Runnable hook;
    private final AtomicBoolean done = new AtomicBoolean();

    Hooked(List<Task> tasks, int index, Runnable hook) {
        this.tasks = tasks;
        this.index = index;
        this.hook = hook;
    }

    @Override
    public Task get(int i) {
        if (i == index && done.compareAndSet(false, true)) {
            hook.run();
        }
        return tasks.get(i);
    }

    @Override
    public int size() {
        return tasks.size();
    }
}
