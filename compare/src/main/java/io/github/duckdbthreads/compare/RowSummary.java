package io.github.duckdbthreads.compare;

import java.util.List;
import java.util.Objects;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

import org.HdrHistogram.Histogram;

/**
 * One row of the table: a model's measured runs, summarised. Wall times are over runs; latencies and
 * probe lags are over every task and every wake-up of every measured run together.
 *
 * @param runs                measured runs (warm-up runs are not among them)
 * @param tasksPerSecond      the workload's tasks divided by the median wall time
 * @param ratioToLimit        {@code tasksPerSecond} over the {@code limit} row's; {@code null} without that row
 * @param threadsThatRanTasks the most distinct threads that ran tasks in one run
 * @param peakLiveThreads     the most live platform threads in one run
 * @param peakInFlight        the most tasks holding a connection at once in one run
 * @param pinnedEvents        {@code jdk.VirtualThreadPinned} events, all measured runs together
 * @param failedTasks         failed tasks, all measured runs together
 * @param insertedRows        the fewest rows any measured run left in {@code my_inserts}
 * @param expectedRows        the rows each run should leave: one per writer
 */
record RowSummary(
        String model,
        int runs,
        double medianWallMs,
        double minWallMs,
        double maxWallMs,
        double tasksPerSecond,
        Double ratioToLimit,
        double p50Ms,
        double p99Ms,
        double maxMs,
        int threadsThatRanTasks,
        int peakLiveThreads,
        int peakInFlight,
        double peakHeapMb,
        double probeLagP99Ms,
        double probeLagMaxMs,
        long pinnedEvents,
        double pinnedTotalMs,
        long failedTasks,
        long insertedRows,
        long expectedRows) {

    RowSummary {
        Objects.requireNonNull(model, "model");
        if (runs < 1) {
            throw new IllegalArgumentException("a row needs at least one measured run, got " + runs);
        }
    }

    /** Summarises one model's measured runs; the ratio to the limit is set later by {@link #relativeTo}. */
    static RowSummary of(String model, List<RunMeasurement> runs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException(model + " has no measured runs");
        }
        long[] walls = runs.stream().mapToLong(RunMeasurement::wallNanos).toArray();
        double medianWallNanos = Stats.median(walls);
        int tasks = runs.getFirst().tasks();
        Histogram latency = Histograms.merge(runs.stream().map(RunMeasurement::latencyMicros).toList());
        Histogram lag = Histograms.merge(runs.stream().map(RunMeasurement::probeLagMicros).toList());
        return new RowSummary(model, runs.size(),
                medianWallNanos / 1e6, min(runs, RunMeasurement::wallNanos) / 1e6, max(runs, RunMeasurement::wallNanos) / 1e6,
                medianWallNanos == 0 ? 0 : tasks / (medianWallNanos / 1e9), null,
                Histograms.percentileMillis(latency, 50), Histograms.percentileMillis(latency, 99),
                Histograms.maxMillis(latency),
                maxInt(runs, RunMeasurement::threadsThatRanTasks), maxInt(runs, RunMeasurement::peakLiveThreads),
                maxInt(runs, RunMeasurement::peakInFlight),
                max(runs, RunMeasurement::peakHeapBytes) / (double) (1 << 20),
                Histograms.percentileMillis(lag, 99), Histograms.maxMillis(lag),
                runs.stream().mapToLong(RunMeasurement::pinnedEvents).sum(),
                runs.stream().mapToLong(RunMeasurement::pinnedNanos).sum() / 1e6,
                runs.stream().mapToLong(RunMeasurement::failed).sum(),
                min(runs, RunMeasurement::insertedRows), runs.getFirst().expectedRows());
    }

    /** This row with its throughput as a share of {@code limit}'s; unchanged when the limit is unknown. */
    RowSummary relativeTo(RowSummary limit) {
        if (limit == null || limit.tasksPerSecond == 0) {
            return this;
        }
        return new RowSummary(model, runs, medianWallMs, minWallMs, maxWallMs, tasksPerSecond,
                tasksPerSecond / limit.tasksPerSecond, p50Ms, p99Ms, maxMs, threadsThatRanTasks,
                peakLiveThreads, peakInFlight, peakHeapMb, probeLagP99Ms, probeLagMaxMs, pinnedEvents,
                pinnedTotalMs, failedTasks, insertedRows, expectedRows);
    }

    private static long min(List<RunMeasurement> runs, ToLongFunction<RunMeasurement> value) {
        return runs.stream().mapToLong(value).min().orElseThrow();
    }

    private static long max(List<RunMeasurement> runs, ToLongFunction<RunMeasurement> value) {
        return runs.stream().mapToLong(value).max().orElseThrow();
    }

    private static int maxInt(List<RunMeasurement> runs, ToIntFunction<RunMeasurement> value) {
        return runs.stream().mapToInt(value).max().orElseThrow();
    }
}
