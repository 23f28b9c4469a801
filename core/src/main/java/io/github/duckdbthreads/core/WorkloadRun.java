package io.github.duckdbthreads.core;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * One run, start to end: open the database, hand the model the workload's tasks, time the task phase,
 * read the result, close every connection and the root.
 */
public final class WorkloadRun {

    private WorkloadRun() {
    }

    /**
     * Runs {@code workload} under {@code model} against a freshly created table at {@code location}.
     *
     * @param onRead called on each reader's thread as soon as it has its row
     * @throws SQLException         if the database cannot be opened or read; DuckDB's reason is the message
     * @throws InterruptedException if interrupted while the model waits for its tasks
     */
    public static RunResult run(DatabaseLocation location, Workload workload, ThreadingModel model,
                                Consumer<ReaderResult> onRead) throws SQLException, InterruptedException {
        Objects.requireNonNull(onRead, "onRead");
        try (Database database = Database.open(location)) {
            Collector events = new Collector(onRead);
            List<TaskFailure> failures;
            Duration taskPhase;
            ConnectionSource connections = database.connections(model.connectionPolicy());
            try {
                List<Task> tasks = workload.tasks(connections, events);
                long start = System.nanoTime();
                try {
                    failures = model.run(tasks);
                } finally {
                    taskPhase = Duration.ofNanos(System.nanoTime() - start);
                }
            } finally {
                // Closed here, not by the database, so the counts below cover every connection.
                connections.close();
            }
            int opened = connections.opened();
            int closed = connections.closed();
            return new RunResult(model.name(), workload, taskPhase, events.completed.get(), failures,
                    List.copyOf(events.reads), database.stats(),
                    database.insertsByTime(DataFrameFormatter.MAX_ROWS, DataFrameFormatter.MIN_ROWS),
                    opened, closed);
        }
    }

    private static final class Collector implements TaskEvents {
        private final Consumer<ReaderResult> onRead;
        private final ConcurrentLinkedQueue<ReaderResult> reads = new ConcurrentLinkedQueue<>();
        private final AtomicInteger completed = new AtomicInteger();

        Collector(Consumer<ReaderResult> onRead) {
            this.onRead = onRead;
        }

        @Override
        public void read(ReaderResult result) {
            reads.add(result);
            onRead.accept(result);
        }

        @Override
        public void completed(Task task) {
            completed.incrementAndGet();
        }
    }
}
