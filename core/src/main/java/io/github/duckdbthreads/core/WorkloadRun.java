package io.github.duckdbthreads.core;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * One run, start to end: open the database, hand the model the workload's tasks, time the task phase,
 * read the result, close every connection and the root. However the task phase ends (failure, timeout,
 * interrupt), the rows committed so far are read and every connection is closed.
 */
public final class WorkloadRun {

    private WorkloadRun() {
    }

    /** {@link #run(DatabaseLocation, Workload, ThreadingModel, Optional, Consumer)} without a timeout. */
    public static RunResult run(DatabaseLocation location, Workload workload, ThreadingModel model,
                                Consumer<ReaderResult> onRead) throws SQLException {
        return run(location, workload, model, Optional.empty(), onRead);
    }

    /**
     * Runs {@code workload} under {@code model} against a freshly created table at {@code location}.
     * If the calling thread is interrupted during the task phase, the model stops the tasks, the result
     * says {@link ModelResult.Ending#INTERRUPTED}, and the thread's interrupt flag stays set.
     *
     * @param timeout how long the task phase may last; empty for no limit
     * @param onRead  called on each reader's thread as soon as it has its row
     * @throws SQLException if the database cannot be opened or read; DuckDB's reason is the message
     */
    public static RunResult run(DatabaseLocation location, Workload workload, ThreadingModel model,
                                Optional<Duration> timeout, Consumer<ReaderResult> onRead) throws SQLException {
        Objects.requireNonNull(onRead, "onRead");
        try (Database database = Database.open(location)) {
            Collector events = new Collector(onRead);
            ModelResult outcome;
            Duration taskPhase;
            ConnectionSource connections = database.connections(model.connectionPolicy());
            try {
                List<Task> tasks = workload.tasks(connections, events);
                long start = System.nanoTime();
                try {
                    outcome = model.run(tasks, new TaskPhase(timeout, connections::interruptAll));
                } finally {
                    taskPhase = Duration.ofNanos(System.nanoTime() - start);
                }
            } finally {
                // Closed here, not by the database, so the counts below cover every connection.
                connections.close();
            }
            int opened = connections.opened();
            int closed = connections.closed();
            List<TaskFailure> failures = outcome.failures().stream().filter(f -> !f.cancelled()).toList();
            return new RunResult(model.name(), workload, taskPhase, events.completed.get(), failures,
                    List.copyOf(events.reads), database.stats(),
                    database.insertsByTime(DataFrameFormatter.MAX_ROWS, DataFrameFormatter.MIN_ROWS),
                    opened, closed, outcome.ending(), timeout);
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
