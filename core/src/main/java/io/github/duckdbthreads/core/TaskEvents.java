package io.github.duckdbthreads.core;

/** What tasks report while they run: reader rows as they happen, and each completion. */
public interface TaskEvents {

    /** Called on the reader's own thread, as soon as its row is read. */
    void read(ReaderResult result);

    /** Called on the task's thread after its work is done. */
    default void completed(Task task) {
    }
}
