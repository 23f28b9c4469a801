package io.github.duckdbthreads.core;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Inserts the name of the thread it runs on; {@code insert_time} comes from the column's default. */
record WriterTask(String name, ConnectionSource connections, TaskEvents events, Fault fault) implements Task {

    static final String INSERT = "INSERT INTO my_inserts (thread_name) VALUES (?)";

    @Override
    public void run() {
        events.started(this);
        try (ConnectionLease lease = connections.lease()) {
            fault.inject(name, lease);
            PreparedStatement insert = lease.prepare(INSERT);
            insert.setString(1, Thread.currentThread().getName());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw TaskException.of(name, e);
        }
        events.completed(this);
    }
}
