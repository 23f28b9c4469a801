package io.github.duckdbthreads.compare;

import java.util.List;
import java.util.stream.LongStream;

import org.HdrHistogram.Histogram;

/** Runs with known numbers, for tests of what is made of them. */
final class Measurements {

    private Measurements() {
    }

    /** A complete run of 10 tasks (8 writers) whose latencies are {@code latencyMicros} and lags {@code lagMicros}. */
    static RunMeasurement run(String model, long wallMillis, long[] latencyMicros, long[] lagMicros) {
        return run(model, "per-thread", wallMillis, latencyMicros, lagMicros, List.of());
    }

    /** The same, under a connection policy of its own and with the censuses of its twin run. */
    static RunMeasurement run(String model, String connections, long wallMillis, long[] latencyMicros,
                              long[] lagMicros, List<Census.Sample> census) {
        return new RunMeasurement(model, connections, 0, wallMillis * 1_000_000, 10, 10, 0, null, 8, 8,
                3, 2, LongStream.of(latencyMicros).sum() * 1_000, 20, 64L << 20, encode(latencyMicros), encode(lagMicros), 1, 500_000, 10, 0, census, null);
    }

    /** A run like {@link #run(String, long, long[], long[])} that carries this carrier trace. */
    static RunMeasurement traced(String model, CarrierTrace.Summary trace) {
        RunMeasurement run = run(model, 10, new long[] {100}, new long[] {100});
        return new RunMeasurement(run.model(), run.connections(), run.ioLatencyMs(), run.wallNanos(), run.tasks(),
                run.completed(), run.failed(), run.firstFailure(), run.insertedRows(), run.expectedRows(),
                run.threadsThatRanTasks(), run.peakInFlight(), run.connectionNanos(), run.peakLiveThreads(),
                run.peakHeapBytes(), run.latencyMicros(), run.probeLagMicros(), run.pinnedEvents(), run.pinnedNanos(),
                run.connectionsOpened(), run.leasesNotReturned(), run.census(), trace);
    }

    static byte[] encode(long... micros) {
        Histogram histogram = new Histogram(3);
        for (long value : micros) {
            histogram.recordValue(value);
        }
        return Histograms.encode(histogram);
    }
}
