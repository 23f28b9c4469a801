package io.github.duckdbthreads.core.workload;

import java.sql.PreparedStatement;
import java.time.Duration;

import io.github.duckdbthreads.core.Task;
import io.github.duckdbthreads.core.database.ConnectionSource;

/** Inserts the name of the thread it runs on; {@code insert_time} comes from the column's default. */
record WriterTask(String name, ConnectionSource connections, TaskEvents events, Fault fault, Duration ioLatency)
        implements Task {

    static final String INSERT = "INSERT INTO my_inserts (thread_name) VALUES (?)";

    /** A writer with no remote call before its statement. */
    WriterTask(String name, ConnectionSource connections, TaskEvents events, Fault fault) {
        this(name, connections, events, fault, Duration.ZERO);
    }

    @Override
    public void run() {
        TaskSteps.run(this, connections, events, fault, ioLatency, lease -> {
            PreparedStatement insert = lease.prepare(INSERT);
            insert.setString(1, Thread.currentThread().getName());
            insert.executeUpdate();
        });
    }
}
