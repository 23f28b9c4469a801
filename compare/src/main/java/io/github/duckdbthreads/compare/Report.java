package io.github.duckdbthreads.compare;

import java.util.List;
import java.util.Objects;

/**
 * Everything one comparison produced: what ran, where, with which command, the rows, the other client
 * timed beside them at each point, if any, and one task's steps timed on one thread, if asked for
 * ({@code --task-cost}; {@code null} otherwise, as the JSON says).
 */
record Report(Machine machine, Settings settings, String command, List<LineSummary> rows,
              List<YardstickSummary> yardsticks, TaskCost.Steps taskCost) {

    Report {
        Objects.requireNonNull(machine, "machine");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(command, "command");
        rows = List.copyOf(rows);
        yardsticks = List.copyOf(yardsticks);
    }

    /** The yardsticks timed at the point of {@code row}: the other client runs without I/O latency. */
    List<YardstickSummary> yardsticksAt(LineSummary row) {
        return yardsticks.stream()
                .filter(yardstick -> row.ioLatencyMs() == 0 && yardstick.writers() == row.writers()
                        && yardstick.readers() == row.readers())
                .toList();
    }
}
