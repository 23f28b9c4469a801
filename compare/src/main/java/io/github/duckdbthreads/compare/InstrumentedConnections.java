package io.github.duckdbthreads.compare;

import java.sql.PreparedStatement;
import java.sql.SQLException;

import io.github.duckdbthreads.core.ConnectionLease;
import io.github.duckdbthreads.core.ConnectionSource;

/**
 * The run's connection source, as the model asked for it, telling the instruments when each task asks
 * for its connection and when it gives it back. Adds two clock reads and a counter per task; the
 * connections and statements are the wrapped source's own.
 */
final class InstrumentedConnections implements ConnectionSource {

    private final ConnectionSource connections;
    private final TaskInstruments instruments;

    InstrumentedConnections(ConnectionSource connections, TaskInstruments instruments) {
        this.connections = connections;
        this.instruments = instruments;
    }

    @Override
    public ConnectionLease lease() throws SQLException {
        instruments.started();
        ConnectionLease lease;
        try {
            lease = connections.lease();
        } catch (SQLException | RuntimeException e) {
            instruments.leftDatabase();
            throw e;
        }
        return new ConnectionLease() {
            @Override
            public PreparedStatement prepare(String sql) throws SQLException {
                return lease.prepare(sql);
            }

            @Override
            public void close() throws SQLException {
                try {
                    lease.close();
                } finally {
                    instruments.leftDatabase();
                }
            }
        };
    }

    @Override
    public void interruptAll() {
        connections.interruptAll();
    }

    @Override
    public int opened() {
        return connections.opened();
    }

    @Override
    public int closed() {
        return connections.closed();
    }

    @Override
    public void close() throws SQLException {
        connections.close();
    }
}
