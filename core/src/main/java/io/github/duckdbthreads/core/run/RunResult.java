package io.github.duckdbthreads.core.run;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.github.duckdbthreads.core.Durations;
import io.github.duckdbthreads.core.ModelResult;
import io.github.duckdbthreads.core.TaskFailure;
import io.github.duckdbthreads.core.database.Frame;
import io.github.duckdbthreads.core.database.TableStats;
import io.github.duckdbthreads.core.workload.ReaderResult;
import io.github.duckdbthreads.core.workload.Workload;

/**
 * What one run of the workload under one model left behind.
 *
 * @param taskPhase         wall time from starting the first task to the end of the last
 * @param completed         tasks that completed their database work
 * @param failures          tasks that failed on their own; tasks the run stopped are {@link #cancelled()}
 * @param table             {@code my_inserts} ordered by insert time, as the display shows it
 * @param ending            why the task phase ended; {@code INTERRUPTED} whenever the owner was interrupted
 *                          before the model returned, whatever else stopped it
 * @param timeout           the task phase's time limit, if it had one
 */
public record RunResult(
        String model,
        Workload workload,
        Duration taskPhase,
        int completed,
        List<TaskFailure> failures,
        List<ReaderResult> readerResults,
        TableStats stats,
        Frame table,
        ModelResult.Ending ending,
        Optional<Duration> timeout) {

    public RunResult {
        failures = List.copyOf(failures);
        readerResults = List.copyOf(readerResults);
        Objects.requireNonNull(ending, "ending");
        Objects.requireNonNull(timeout, "timeout");
    }

    /** Tasks that neither completed nor failed: stopped by the run, or never started. */
    public int cancelled() {
        return workload.size() - completed - failures.size();
    }

    /**
     * The summary line: model, writers, readers, rows, distinct thread names, task-phase wall time; and,
     * when not every task completed, how many completed, failed and were cancelled, and why the phase ended.
     */
    public String summary() {
        StringBuilder line = new StringBuilder()
                .append(model).append(": ")
                .append(workload.writers()).append(" writers, ")
                .append(workload.readers()).append(" readers, ")
                .append(stats.rows()).append(" rows, ")
                .append(stats.distinctThreadNames()).append(" distinct thread names, ")
                .append("task phase ").append(formatMillis(taskPhase));
        if (completed == workload.size() && ending == ModelResult.Ending.ALL_ENDED) {
            return line.toString();
        }
        line.append("; ").append(completed).append(" completed, ")
                .append(failures.size()).append(" failed, ")
                .append(cancelled()).append(" cancelled; ")
                .append(switch (ending) {
                    case ALL_ENDED -> "the other tasks carried on";
                    case CANCELLED_ON_FAILURE -> "the first failure cancelled the tasks still running";
                    case TIMED_OUT -> "stopped at the timeout of " + timeout.map(Durations::format).orElse("?");
                    // An interrupt that came as the last tasks ended still wins: say that nothing was cut short.
                    case INTERRUPTED -> cancelled() == 0 ? "interrupted, after every task had ended"
                            : "interrupted, the tasks still running were cancelled";
                    case OUT_OF_THREADS -> "the JVM could not start more threads, the started ones were cancelled";
                });
        return line.toString();
    }

    static String formatMillis(Duration duration) {
        return "%.1f ms".formatted(duration.toNanos() / 1e6);
    }
}
