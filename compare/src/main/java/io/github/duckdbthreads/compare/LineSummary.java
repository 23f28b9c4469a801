package io.github.duckdbthreads.compare;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

import org.HdrHistogram.Histogram;

/**
 * One row of the table: a model's measured runs, summarised. Wall times are over runs; latencies and
 * probe lags are over every task and every wake-up of every measured run together.
 *
 * @param writers             the point of the sweep: writers, readers, and each task's remote call before its statement
 * @param runs                measured runs (warm-up runs are not among them)
 * @param tasksPerSecond      the workload's tasks divided by the median wall time
 * @param ratioToLimit        {@code tasksPerSecond} over the {@code limit} row's; {@code null} without that row
 * @param threadsThatRanTasks the most distinct threads that ran tasks in one run
 * @param peakLiveThreads     the most live platform threads in one run
 * @param peakInFlight        the most tasks holding a connection at once in one run
 * @param connectionsInUse    connections held by tasks, on average over the run: every lease's time added up,
 *                            over the wall time (median over runs); below {@code peakInFlight} by as much as
 *                            the model leaves its connections idle between one task and the next
 * @param pinnedEvents        {@code jdk.VirtualThreadPinned} events, all measured runs together
 * @param failedTasks         failed tasks, all measured runs together
 * @param insertedRows        the fewest rows any measured run left in {@code my_inserts}
 * @param expectedRows        the rows each run should leave: one per writer
 * @param censusInDuckdb      task threads inside a native DuckDB call, halfway through the twin run (median over runs)
 * @param censusWaitingForConnection task threads waiting for a connection, likewise
 * @param censusWaitingForIo  task threads in their remote call, likewise
 * @param censusQueued        virtual task threads ready to run with no carrier, likewise
 * @param censusOther         task threads elsewhere, likewise
 * @param censusMs            how long the halfway thread dump took (median over runs)
 * @param sameQueueShare      of two tasks in a row on one carrier, the share whose second came from the same
 *                            scheduler queue as the first ({@code --carrier-trace}; median over runs); {@code null}
 *                            when not traced or when no task ran on a virtual thread, as the next three
 * @param probeLateWakes      the probe's wake-ups later than {@link CarrierTrace#LATE} (median over runs)
 * @param tasksPerLateWake    tasks started while the probe was that late (median over the late wake-ups of a
 *                            run, then over runs); {@code null} also when no run had a late wake-up, as the next
 * @param lateWakesPassedOver the share of late wake-ups during which tasks started, none from the probe's
 *                            queue (median over runs)
 * @param census              every census of the first measured run's twin: halfway, then periodic
 */
record LineSummary(
        String model,
        String connections,
        int writers,
        int readers,
        double ioLatencyMs,
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
        double connectionsInUse,
        double peakHeapMb,
        double probeLagP99Ms,
        double probeLagMaxMs,
        long pinnedEvents,
        double pinnedTotalMs,
        long failedTasks,
        long insertedRows,
        long expectedRows,
        Double censusInDuckdb,
        Double censusWaitingForConnection,
        Double censusWaitingForIo,
        Double censusQueued,
        Double censusOther,
        Double censusMs,
        Double sameQueueShare,
        Double probeLateWakes,
        Double tasksPerLateWake,
        Double lateWakesPassedOver,
        List<Census.Sample> census) {

    LineSummary {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(connections, "connections");
        if (runs < 1) {
            throw new IllegalArgumentException("a row needs at least one measured run, got " + runs);
        }
        census = List.copyOf(census);
    }

    /** Summarises one row's measured runs, without a ratio to the limit. */
    static LineSummary of(List<RunMeasurement> runs) {
        return of(runs, 0);
    }

    /**
     * Summarises one row's measured runs.
     *
     * @param limitTasksPerSecond the {@code limit} row's throughput; 0 when it was not measured
     */
    static LineSummary of(List<RunMeasurement> runs, double limitTasksPerSecond) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("a row needs at least one measured run");
        }
        String model = runs.getFirst().model();
        String connections = runs.getFirst().connections();
        long[] walls = runs.stream().mapToLong(RunMeasurement::wallNanos).toArray();
        double medianWallNanos = Stats.median(walls);
        int tasks = runs.getFirst().tasks();
        Histogram latency = Histograms.merge(runs.stream().map(RunMeasurement::latencyMicros).toList());
        Histogram lag = Histograms.merge(runs.stream().map(RunMeasurement::probeLagMicros).toList());
        double tasksPerSecond = medianWallNanos == 0 ? 0 : tasks / (medianWallNanos / 1e9);
        // A census that found no task thread says nothing: the run ended while it was taken, or its task
        // threads live so briefly (a platform thread per task, in memory) that the dump caught none.
        List<Census.Sample> halfway = runs.stream().flatMap(run -> run.halfway().stream())
                .filter(sample -> sample.tasks() > 0).toList();
        RunMeasurement first = runs.getFirst();
        List<CarrierTrace.Summary> traces = runs.stream().map(RunMeasurement::carrierTrace).filter(Objects::nonNull).toList();
        return new LineSummary(model, connections, (int) first.expectedRows(), first.tasks() - (int) first.expectedRows(),
                first.ioLatencyMs(), runs.size(),
                medianWallNanos / 1e6, min(runs, RunMeasurement::wallNanos) / 1e6, max(runs, RunMeasurement::wallNanos) / 1e6,
                tasksPerSecond, limitTasksPerSecond == 0 ? null : tasksPerSecond / limitTasksPerSecond,
                Histograms.percentileMillis(latency, 50), Histograms.percentileMillis(latency, 99),
                Histograms.maxMillis(latency),
                maxInt(runs, RunMeasurement::threadsThatRanTasks), maxInt(runs, RunMeasurement::peakLiveThreads),
                maxInt(runs, RunMeasurement::peakInFlight),
                Stats.median(runs.stream().mapToDouble(LineSummary::connectionsInUse).toArray()),
                max(runs, RunMeasurement::peakHeapBytes) / (double) (1 << 20),
                Histograms.percentileMillis(lag, 99), Histograms.maxMillis(lag),
                runs.stream().mapToLong(RunMeasurement::pinnedEvents).sum(),
                runs.stream().mapToLong(RunMeasurement::pinnedNanos).sum() / 1e6,
                runs.stream().mapToLong(RunMeasurement::failed).sum(),
                min(runs, RunMeasurement::insertedRows), runs.getFirst().expectedRows(),
                median(halfway, Census.Sample::inDuckdb), median(halfway, Census.Sample::waitingForConnection),
                median(halfway, Census.Sample::waitingForIo), median(halfway, Census.Sample::queued), median(halfway, Census.Sample::other),
                median(halfway, Census.Sample::dumpMillis),
                medianOf(traces, CarrierTrace.Summary::sameQueueShare), medianOf(traces, CarrierTrace.Summary::lateWakes),
                medianOf(traces, CarrierTrace.Summary::tasksPerLateWake),
                medianOf(traces, CarrierTrace.Summary::lateWakesPassedOver), runs.getFirst().census());
    }

    /** Every lease's time in {@code run} added up, over its wall time. */
    private static double connectionsInUse(RunMeasurement run) {
        return run.wallNanos() == 0 ? 0 : (double) run.connectionNanos() / run.wallNanos();
    }

    /** The median over runs of a census count; {@code null} when no run had a census. */
    private static Double median(List<Census.Sample> samples, ToLongFunction<Census.Sample> count) {
        return samples.isEmpty() ? null : Stats.median(samples.stream().mapToLong(count).toArray());
    }

    /** The median over the traced runs of what {@code value} gives; {@code null} where no run gives one. */
    private static Double medianOf(List<CarrierTrace.Summary> traces, Function<CarrierTrace.Summary, Number> value) {
        double[] values = traces.stream().map(value).filter(Objects::nonNull).mapToDouble(Number::doubleValue).toArray();
        return values.length == 0 ? null : Stats.median(values);
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
