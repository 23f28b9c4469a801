package io.github.duckdbthreads.core.workload;

import io.github.duckdbthreads.core.Task;

/** What tasks report while they run, each on its own thread: its start, reader rows as they happen, its completion. */
public interface TaskEvents {

    /** Called on the task's thread as the task begins, before it asks for a connection. */
    default void started(Task task) {
    }

    /** Called on the reader's own thread, as soon as its row is read. */
    void read(ReaderResult result);

    /** Called on the task's thread after its work is done. */
    default void completed(Task task) {
    }

    /** Events that go to {@code this} and then to {@code other}. */
    default TaskEvents andThen(TaskEvents other) {
        TaskEvents first = this;
        return new TaskEvents() {
            @Override
            public void started(Task task) {
                first.started(task);
                other.started(task);
            }

            @Override
            public void read(ReaderResult result) {
                first.read(result);
                other.read(result);
            }

            @Override
            public void completed(Task task) {
                first.completed(task);
                other.completed(task);
            }
        };
    }
}
