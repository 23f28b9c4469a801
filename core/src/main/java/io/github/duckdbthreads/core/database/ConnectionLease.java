package io.github.duckdbthreads.core.database;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * A task's hold on a connection of its thread's own. Closing the lease ends the task's use of it;
 * whether the connection itself closes then is the {@link ConnectionSource}'s business.
 */
public interface ConnectionLease extends AutoCloseable {

    /**
     * A prepared statement on this lease's connection. The statement belongs to the lease: do not close it.
     * A lease whose connection outlives the task hands back the same statement for the same SQL.
     */
    PreparedStatement prepare(String sql) throws SQLException;

    @Override
    void close() throws SQLException;
}
