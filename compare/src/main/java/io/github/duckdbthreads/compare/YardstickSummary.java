package io.github.duckdbthreads.compare;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Another client of DuckDB on the same workload, timed in the same rounds as the rows ({@link NodeBench}),
 * and how the best row of its point compares with it.
 *
 * @param client         e.g. {@code Node.js v20.20.2}
 * @param program        the program it ran, as given on the command line
 * @param runs           its timed runs (its own warm-up runs are not among them)
 * @param tasksPerSecond the workload's tasks divided by the median wall time
 * @param bestRow        the row of the same point with the highest {@code tasksPerSecond}, e.g. {@code executor per-thread}
 * @param bestRowOverIt  that row's {@code tasksPerSecond} over this one's; {@code null} if this one's is zero
 */
record YardstickSummary(
        String client,
        String program,
        int writers,
        int readers,
        int runs,
        double medianWallMs,
        double minWallMs,
        double maxWallMs,
        double tasksPerSecond,
        String bestRow,
        Double bestRowOverIt) {

    YardstickSummary {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(bestRow, "bestRow");
        if (runs < 1) {
            throw new IllegalArgumentException("a yardstick needs at least one timed run, got " + runs);
        }
    }

    /**
     * Summarises the yardstick's runs at one point.
     *
     * @param wallNanos the wall time of each run, at least one
     * @param rows      the rows of the same point
     */
    static YardstickSummary of(NodeBench bench, int writers, int readers, long[] wallNanos, List<LineSummary> rows) {
        double medianWallNanos = Stats.median(wallNanos);
        double tasksPerSecond = medianWallNanos == 0 ? 0 : (writers + readers) / (medianWallNanos / 1e9);
        LineSummary best = rows.stream().max(Comparator.comparingDouble(LineSummary::tasksPerSecond))
                .orElseThrow(() -> new IllegalArgumentException("no row to compare the yardstick with"));
        return new YardstickSummary(bench.client(), bench.program().toString(), writers, readers, wallNanos.length,
                medianWallNanos / 1e6, Arrays.stream(wallNanos).min().orElseThrow() / 1e6,
                Arrays.stream(wallNanos).max().orElseThrow() / 1e6, tasksPerSecond,
                best.model() + " " + best.connections(),
                tasksPerSecond == 0 ? null : best.tasksPerSecond() / tasksPerSecond);
    }
}
