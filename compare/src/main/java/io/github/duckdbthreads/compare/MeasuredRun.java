package io.github.duckdbthreads.compare;

import java.sql.SQLException;
import java.util.List;

import org.HdrHistogram.Histogram;

import io.github.duckdbthreads.core.ConnectionSource;
import io.github.duckdbthreads.core.Database;
import io.github.duckdbthreads.core.DatabaseLocation;
import io.github.duckdbthreads.core.Task;
import io.github.duckdbthreads.core.TaskFailure;
import io.github.duckdbthreads.core.TaskPhase;
import io.github.duckdbthreads.core.ThreadingModel;
import io.github.duckdbthreads.core.Workload;

/**
 * One run of the workload under one model, with every instrument on: a freshly created table (a fresh
 * database when in memory), the model's own connection policy, the probe and the JFR stream running for
 * exactly the task phase. Warm-up runs are the same runs, their numbers thrown away.
 */
final class MeasuredRun {

    private MeasuredRun() {
    }

    static RunMeasurement run(ThreadingModel model, Workload workload, DatabaseLocation location)
            throws SQLException, InterruptedException {
        JvmPeaks peaks = new JvmPeaks();
        // Start every run from the same heap: what the previous run left is not this run's garbage.
        System.gc();
        try (Database database = Database.open(location);
             PinnedEvents pinned = PinnedEvents.start()) {
            TaskInstruments instruments = new TaskInstruments();
            List<TaskFailure> failures;
            long wallNanos;
            Histogram probeLag;
            ConnectionSource connections = new InstrumentedConnections(
                    database.connections(model.connectionPolicy()), instruments);
            try (connections) {
                List<Task> tasks = workload.tasks(connections, instruments);
                peaks.reset();
                Probe probe = Probe.start();
                long start = System.nanoTime();
                try {
                    failures = model.run(tasks, TaskPhase.unlimited(connections)).failures();
                } finally {
                    wallNanos = System.nanoTime() - start;
                    probeLag = probe.stop();
                }
            }
            int opened = connections.opened();
            int closed = connections.closed();
            pinned.stop();
            return new RunMeasurement(
                    model.name(), wallNanos, workload.size(), instruments.completed(), failures.size(),
                    failures.isEmpty() ? null : failures.getFirst().describe(),
                    database.stats().rows(), workload.writers(),
                    instruments.threads(), instruments.peakInFlight(),
                    peaks.peakLiveThreads(), peaks.peakHeapBytes(),
                    Histograms.encode(instruments.latencyMicros()), Histograms.encode(probeLag),
                    pinned.count(), pinned.nanos(), opened, closed);
        }
    }
}
