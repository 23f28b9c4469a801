package io.github.duckdbthreads.core.database;

import java.sql.SQLException;

/**
 * The only way a task reaches the database. Every connection a source hands out is a duplicate of the
 * root connection, and every one of them is closed, at the latest, when the source is closed.
 */
public interface ConnectionSource extends AutoCloseable {

    /**
     * A connection for the calling thread's current task.
     *
     * @throws SQLException if the database refuses one, or if the run is stopping or the calling thread
     *                      was interrupted: a task that has not begun its work does not begin it then
     */
    ConnectionLease lease() throws SQLException;

    /**
     * Stops the run's database work: refuses connections and statements from now on, and cancels every
     * statement executing on a connection this source handed out, once on the calling thread before it
     * returns. DuckDB forgets a cancel that arrives before a statement starts, so the source cancels again
     * until it is closed, on a thread of its own if the JVM can start one. Any thread may call it, any
     * number of times; it does not wait for a statement to end and throws nothing, even when the JVM is
     * out of threads.
     */
    void interruptAll();

    /** Stops interrupting, and closes every connection this source opened that is still open. */
    @Override
    void close() throws SQLException;
}
