package io.github.duckdbthreads.compare;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One measured run of one row, as its JVM reports it to the comparison.
 *
 * @param connections         the connection policy, e.g. {@code pooled(2)}
 * @param ioLatencyMs         each task's remote call before its statement
 * @param wallNanos           the task phase: from handing the model its tasks to the model's return
 * @param firstFailure        one line about one failed task; {@code null} when none failed
 * @param insertedRows        rows in {@code my_inserts} after the run; every writer's row when all went well
 * @param threadsThatRanTasks distinct threads on which a task ran
 * @param peakInFlight        most tasks holding a connection at one moment
 * @param connectionNanos     how long tasks held their connections, every lease added up
 * @param peakLiveThreads     most live platform threads at one moment, as the JVM counts them
 * @param latencyMicros       each completed task's latency, an encoded HdrHistogram of microseconds
 * @param probeLagMicros      the probe's wake-up lags, an encoded HdrHistogram of microseconds
 * @param pinnedEvents        JFR {@code jdk.VirtualThreadPinned} events during the run
 * @param connectionsOpened   connections the run's source opened
 * @param leasesNotReturned   connections tasks still held when the model returned: none, unless a task leaked one
 * @param census              where the task threads were in the twin run: halfway first, then periodically
 * @param carrierTrace        which scheduler queues the virtual task threads came from ({@code --carrier-trace});
 *                            {@code null} when not traced, or when no task ran on a virtual thread
 */
record RunMeasurement(
        String model,
        String connections,
        double ioLatencyMs,
        long wallNanos,
        int tasks,
        int completed,
        int failed,
        String firstFailure,
        long insertedRows,
        long expectedRows,
        int threadsThatRanTasks,
        int peakInFlight,
        long connectionNanos,
        int peakLiveThreads,
        long peakHeapBytes,
        byte[] latencyMicros,
        byte[] probeLagMicros,
        long pinnedEvents,
        long pinnedNanos,
        int connectionsOpened,
        int leasesNotReturned,
        List<Census.Sample> census,
        CarrierTrace.Summary carrierTrace) {

    RunMeasurement {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(connections, "connections");
        Objects.requireNonNull(latencyMicros, "latencyMicros");
        Objects.requireNonNull(probeLagMicros, "probeLagMicros");
        census = List.copyOf(census);
        if (wallNanos < 0) {
            throw new IllegalArgumentException("wallNanos must not be negative, got " + wallNanos);
        }
    }

    /** This measurement, with the censuses of its twin run. */
    RunMeasurement withCensus(List<Census.Sample> samples) {
        return new RunMeasurement(model, connections, ioLatencyMs, wallNanos, tasks, completed, failed, firstFailure, insertedRows,
                expectedRows, threadsThatRanTasks, peakInFlight, connectionNanos, peakLiveThreads, peakHeapBytes, latencyMicros,
                probeLagMicros, pinnedEvents, pinnedNanos, connectionsOpened, leasesNotReturned, samples, carrierTrace);
    }

    /** The census taken halfway through the twin run, if there was one. */
    Optional<Census.Sample> halfway() {
        return census.stream().findFirst();
    }

    /** Every task completed, every writer's row is in the table, and every task gave its connection back. */
    boolean complete() {
        return failed == 0 && completed == tasks && insertedRows == expectedRows && leasesNotReturned == 0;
    }
}
