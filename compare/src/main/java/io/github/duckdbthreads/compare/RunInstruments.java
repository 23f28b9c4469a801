package io.github.duckdbthreads.compare;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;

import org.HdrHistogram.Histogram;

import io.github.duckdbthreads.core.ModelResult;
import io.github.duckdbthreads.core.TaskFailure;
import io.github.duckdbthreads.core.ThreadingModel;
import io.github.duckdbthreads.core.cli.Options;
import io.github.duckdbthreads.core.database.CountingConnections;
import io.github.duckdbthreads.core.run.ConnectionCounter;
import io.github.duckdbthreads.core.run.RunObserver;
import io.github.duckdbthreads.core.run.RunResult;
import io.github.duckdbthreads.core.run.WorkloadRun;
import io.github.duckdbthreads.core.workload.TaskEvents;

/**
 * Every instrument of one measured run, attached to the run's one sequence ({@link WorkloadRun}) as an
 * observer: the connection counter, the tasks' own timings, the probe and the JVM's peaks for exactly the
 * task phase, and JFR's pinning events from before the tasks are made to the end of the phase.
 */
final class RunInstruments implements RunObserver {

    private final TaskInstruments tasks = new TaskInstruments();
    private final JvmPeaks peaks = new JvmPeaks();
    private final PinnedEvents pinned;
    private final String connectionPolicy;
    private final ConnectionCounter connections = new ConnectionCounter();
    private final Optional<CarrierTrace> trace;
    private Probe probe;
    private Histogram probeLag;

    private RunInstruments(PinnedEvents pinned, String connectionPolicy, Optional<CarrierTrace> trace) {
        this.pinned = pinned;
        this.connectionPolicy = connectionPolicy;
        this.trace = trace;
    }

    /**
     * One run of {@code model} on the workload and database of {@code options}, with every instrument on.
     * Warm-up runs are the same runs, their numbers thrown away.
     */
    static RunMeasurement measure(ThreadingModel model, Options options) throws SQLException {
        return measure(model, options, Optional.empty(), false);
    }

    /**
     * The same, with a JFR profile of the task phase written to {@code profile} when given, and with a trace
     * of the scheduler's queues ({@link CarrierTrace}) when {@code traceCarriers}.
     */
    static RunMeasurement measure(ThreadingModel model, Options options, Optional<Path> profile, boolean traceCarriers)
            throws SQLException {
        Optional<CarrierTrace> trace = traceCarriers
                ? Optional.of(CarrierTrace.start(options.workload().size())) : Optional.empty();
        // Start every run from the same heap: what the previous run left is not this run's garbage.
        System.gc();
        RunInstruments instruments = new RunInstruments(PinnedEvents.start(), model.connectionPolicy().describe(), trace);
        RunResult result;
        try {
            RunObserver observers = instruments.connections.andThen(instruments);
            if (profile.isPresent()) {
                observers = observers.andThen(new Profile(profile.get()));
            }
            result = WorkloadRun.run(options.database(), options.workload(), model, options.timeout(), observers);
        } finally {
            instruments.pinned.close();
        }
        return instruments.measurement(result);
    }

    @Override
    public TaskEvents taskEvents() {
        return trace.<TaskEvents>map(tasks::andThen).orElse(tasks);
    }

    @Override
    public void taskPhaseStarting() {
        peaks.reset();
        probe = Probe.start(trace.<LongConsumer>map(carriers -> carriers::probeWoke).orElse(lagNanos -> { }));
    }

    @Override
    public void taskPhaseEnded(ModelResult result) {
        probeLag = probe.stop();
        pinned.stop();
    }

    private RunMeasurement measurement(RunResult result) {
        List<TaskFailure> failures = result.failures();
        CountingConnections.Counts atModelReturn = connections.atModelReturn();
        return new RunMeasurement(
                result.model(), connectionPolicy, Settings.millis(result.workload().ioLatency()),
                result.taskPhase().toNanos(), result.workload().size(), result.completed(),
                failures.size(), failures.isEmpty() ? null : failures.getFirst().describe(),
                result.stats().rows(), result.workload().writers(),
                tasks.threads(), atModelReturn.peakHeld(), atModelReturn.heldNanos(),
                peaks.peakLiveThreads(), peaks.peakHeapBytes(),
                Histograms.encode(tasks.latencyMicros()), Histograms.encode(probeLag),
                pinned.count(), pinned.nanos(), atModelReturn.opened(), atModelReturn.held(), List.of(),
                trace.flatMap(CarrierTrace::summary).orElse(null));
    }
}
