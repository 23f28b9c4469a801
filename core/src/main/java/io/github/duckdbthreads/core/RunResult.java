package io.github.duckdbthreads.core;

import java.time.Duration;
import java.util.List;

/**
 * What one run of the workload under one model left behind.
 *
 * @param taskPhase         wall time from starting the first task to the end of the last
 * @param completed         tasks that completed their database work
 * @param table             {@code my_inserts} ordered by insert time, as the display shows it
 * @param connectionsOpened connections the run's source handed out
 * @param connectionsClosed of those, the ones closed by the end of the run
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
        int connectionsOpened,
        int connectionsClosed) {

    public RunResult {
        failures = List.copyOf(failures);
        readerResults = List.copyOf(readerResults);
    }

    /** The summary line: model, writers, readers, rows, distinct thread names, task-phase wall time. */
    public String summary() {
        StringBuilder line = new StringBuilder()
                .append(model).append(": ")
                .append(workload.writers()).append(" writers, ")
                .append(workload.readers()).append(" readers, ")
                .append(stats.rows()).append(" rows, ")
                .append(stats.distinctThreadNames()).append(" distinct thread names, ")
                .append("task phase ").append(formatMillis(taskPhase));
        if (!failures.isEmpty()) {
            line.append(", ").append(failures.size()).append(" failed");
        }
        return line.toString();
    }

    static String formatMillis(Duration duration) {
        return "%.1f ms".formatted(duration.toNanos() / 1e6);
    }
}
