package io.github.duckdbthreads.core;

import java.sql.SQLException;

/**
 * The only way a task reaches the database. Every connection a source hands out is a duplicate of the
 * root connection, and every one of them is closed, at the latest, when the source is closed.
 */
public interface ConnectionSource extends AutoCloseable {

    /** A connection for the calling thread's current task. */
    ConnectionLease lease() throws SQLException;

    /** How many connections this source has opened so far. */
    int opened();

    /** How many of them are closed. */
    int closed();

    /** Closes every connection this source opened that is still open. */
    @Override
    void close() throws SQLException;
}
