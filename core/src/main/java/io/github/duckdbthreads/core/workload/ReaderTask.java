package io.github.duckdbthreads.core.workload;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.OffsetDateTime;

import io.github.duckdbthreads.core.Task;
import io.github.duckdbthreads.core.database.ConnectionSource;

/** Counts the rows written so far and reports its row the moment it has it. */
record ReaderTask(String name, ConnectionSource connections, TaskEvents events, Fault fault, Duration ioLatency)
        implements Task {

    static final String COUNT = "SELECT ? AS thread_name, count(*) AS row_counter, current_timestamp FROM my_inserts";

    @Override
    public void run() {
        TaskSteps.run(this, connections, events, fault, ioLatency, lease -> {
            PreparedStatement count = lease.prepare(COUNT);
            count.setString(1, Thread.currentThread().getName());
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                events.read(new ReaderResult(rs.getString(1), rs.getLong(2), rs.getObject(3, OffsetDateTime.class)));
            }
        });
    }
}
