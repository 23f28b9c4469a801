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
     * Stops the run's database work: refuses connections from now on, and interrupts every statement
     * executing on a connection this source handed out. DuckDB forgets an interrupt that arrives before a
     * statement starts, so the source keeps interrupting until it is closed; returns at once.
     */
    void interruptAll();

    /** Stops interrupting, and closes every connection this source opened that is still open. */
    @Override
    void close() throws SQLException;
}
