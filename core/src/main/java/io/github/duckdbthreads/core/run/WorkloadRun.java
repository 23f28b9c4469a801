package io.github.duckdbthreads.core.run;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import io.github.duckdbthreads.core.ModelResult;
import io.github.duckdbthreads.core.Task;
import io.github.duckdbthreads.core.TaskFailure;
import io.github.duckdbthreads.core.TaskPhase;
import io.github.duckdbthreads.core.ThreadingModel;
import io.github.duckdbthreads.core.cli.DataFrameFormatter;
import io.github.duckdbthreads.core.database.ConnectionSource;
import io.github.duckdbthreads.core.database.Database;
import io.github.duckdbthreads.core.database.DatabaseLocation;
import io.github.duckdbthreads.core.workload.ReaderResult;
import io.github.duckdbthreads.core.workload.TaskEvents;
import io.github.duckdbthreads.core.workload.Workload;

/**
 * One run, start to end, the one sequence every entry point uses: open the database, make the model's
 * connection source, hand the model the workload's tasks, time the task phase, close the source, read the
 * result, close the root. However the task phase ends (failure, timeout, interrupt), the rows committed so
 * far are read and every connection is closed; an interrupt that arrives before the model returns wins
 * over any other reason the phase ended. A {@link RunObserver} adds instruments without a copy of
 * the sequence.
 */
public final class WorkloadRun {

    private WorkloadRun() {
    }

    /** A run without a timeout, printing nothing but what {@code onRead} does with each reader's row. */
    public static RunResult run(DatabaseLocation location, Workload workload, ThreadingModel model,
                                Consumer<ReaderResult> onRead) throws SQLException {
        return run(location, workload, model, Optional.empty(), onRead);
    }

    /** A run with {@code onRead} called on each reader's thread as soon as it has its row. */
    public static RunResult run(DatabaseLocation location, Workload workload, ThreadingModel model,
                                Optional<Duration> timeout, Consumer<ReaderResult> onRead) throws SQLException {
        Objects.requireNonNull(onRead, "onRead");
        return run(location, workload, model, timeout, new RunObserver() {
            @Override
            public TaskEvents taskEvents() {
                return onRead::accept;
            }
        });
    }

    /**
     * Runs {@code workload} under {@code model} against a freshly created table at {@code location}, on
     * the calling thread, which is the model's owner.
     *
     * <p>An interrupt of the calling thread that arrives before the model returns wins: if the thread's
     * interrupt flag is set when the model returns, the run ends {@link ModelResult.Ending#INTERRUPTED},
     * whatever else the model reported (a timeout it was still stopping for, a failure, a thread it could
     * not start, or every task ended), with the failures the model reported. It is decided here, once for
     * every model, and the observers' {@link RunObserver#taskPhaseEnded} sees the decided ending. The
     * flag stays set when this method returns. An interrupt that arrives after the model returned, while
     * the run closes its connections and reads the table, leaves the ending as it was and the flag set.
     *
     * @param timeout  how long the task phase may last, counted from the moment the model is handed its
     *                 tasks; empty for no limit
     * @param observer what the caller adds: a source decorator, task events, the moments around the phase
     * @throws SQLException if the database cannot be opened or read; DuckDB's reason is the message
     */
    public static RunResult run(DatabaseLocation location, Workload workload, ThreadingModel model,
                                Optional<Duration> timeout, RunObserver observer) throws SQLException {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(observer, "observer");
        try (Database database = Database.open(location)) {
            Collector events = new Collector();
            ModelResult outcome;
            Duration taskPhase;
            ConnectionSource connections = observer.connections(database.connections(model.connectionPolicy()));
            try {
                List<Task> tasks = workload.tasks(connections, events.andThen(observer.taskEvents()));
                TaskPhase phase = new TaskPhase(timeout, connections::interruptAll);
                observer.taskPhaseStarting();
                long start = System.nanoTime();
                try {
                    outcome = model.run(tasks, phase);
                } finally {
                    taskPhase = Duration.ofNanos(System.nanoTime() - start);
                }
                outcome = interruptWins(outcome);
                observer.taskPhaseEnded(outcome);
            } finally {
                connections.close();
            }
            List<TaskFailure> failures = outcome.failures().stream().filter(f -> !f.cancelled()).toList();
            return new RunResult(model.name(), workload, taskPhase, events.completed.get(), failures,
                    List.copyOf(events.reads), database.stats(),
                    database.insertsByTime(DataFrameFormatter.MAX_ROWS, DataFrameFormatter.MIN_ROWS),
                    outcome.ending(), timeout);
        }
    }

    /**
     * The ending, once the model has returned: a model reports the stop it acted on, and an interrupt that
     * came while it was stopping for another reason (Ctrl-C just after the timeout) is left in the flag.
     */
    private static ModelResult interruptWins(ModelResult outcome) {
        if (Thread.currentThread().isInterrupted() && outcome.ending() != ModelResult.Ending.INTERRUPTED) {
            return new ModelResult(outcome.failures(), ModelResult.Ending.INTERRUPTED);
        }
        return outcome;
    }

    /** The run's own record of its tasks: the readers' rows and how many tasks completed. */
    private static final class Collector implements TaskEvents {
        private final ConcurrentLinkedQueue<ReaderResult> reads = new ConcurrentLinkedQueue<>();
        private final AtomicInteger completed = new AtomicInteger();

        @Override
        public void read(ReaderResult result) {
            reads.add(result);
        }

        @Override
        public void completed(Task task) {
            completed.incrementAndGet();
        }
    }
}
