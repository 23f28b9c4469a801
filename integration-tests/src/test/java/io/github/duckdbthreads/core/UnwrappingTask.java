package io.github.duckdbthreads.core;

import java.sql.SQLException;
import java.sql.Statement;

import io.github.duckdbthreads.core.database.ConnectionLease;
import io.github.duckdbthreads.core.database.ConnectionSource;
import io.github.duckdbthreads.core.database.KeptConnection;

/**
 * A task, in core's package, that takes a lease as any task does and then reaches past it to the raw
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
