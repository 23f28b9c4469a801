package io.github.duckdbthreads.core.database;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * A task, in the database package, that takes a lease as any task does and then reaches past it to the raw
 * connection underneath, through a source's internals.
 */
public final class UnwrappingTask implements Runnable {

    private final ConnectionSource source;

    public UnwrappingTask(ConnectionSource source) {
        this.source = source;
    }

    @Override
    public void run() {
        try (ConnectionLease lease = source.lease();
             Statement statement = ((KeptConnection) lease).connection.createStatement()) {
            statement.execute("SELECT 1");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
