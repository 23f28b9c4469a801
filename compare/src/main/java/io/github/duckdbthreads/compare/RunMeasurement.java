package io.github.duckdbthreads.compare;

import java.util.Objects;

/**
 * One measured run of one row, as its JVM reports it to the comparison.
 *
 * @param wallNanos           the task phase: from handing the model its tasks to the model's return
 * @param firstFailure        one line about one failed task; {@code null} when none failed
 * @param insertedRows        rows in {@code my_inserts} after the run; every writer's row when all went well
 * @param threadsThatRanTasks distinct threads on which a task ran
 * @param peakInFlight        most tasks holding a connection at one moment
 * @param peakLiveThreads     most live platform threads at one moment, as the JVM counts them
 * @param latencyMicros       each completed task's latency, an encoded HdrHistogram of microseconds
 * @param probeLagMicros      the probe's wake-up lags, an encoded HdrHistogram of microseconds
 * @param pinnedEvents        JFR {@code jdk.VirtualThreadPinned} events during the run
 * @param connectionsOpened   connections the run's source opened
 * @param leasesNotReturned   connections tasks still held when the model returned: none, unless a task leaked one
 */
record RunMeasurement(
        String model,
        long wallNanos,
        int tasks,
        int completed,
        int failed,
        String firstFailure,
        long insertedRows,
        long expectedRows,
        int threadsThatRanTasks,
        int peakInFlight,
        int peakLiveThreads,
        long peakHeapBytes,
        byte[] latencyMicros,
        byte[] probeLagMicros,
        long pinnedEvents,
        long pinnedNanos,
        int connectionsOpened,
        int leasesNotReturned) {

    RunMeasurement {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(latencyMicros, "latencyMicros");
        Objects.requireNonNull(probeLagMicros, "probeLagMicros");
        if (wallNanos < 0) {
            throw new IllegalArgumentException("wallNanos must not be negative, got " + wallNanos);
        }
    }

    /** Every task completed, every writer's row is in the table, and every task gave its connection back. */
    boolean complete() {
        return failed == 0 && completed == tasks && insertedRows == expectedRows && leasesNotReturned == 0;
    }
}
