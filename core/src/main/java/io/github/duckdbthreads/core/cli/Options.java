package io.github.duckdbthreads.core.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.github.duckdbthreads.core.ConnectionPolicy;
import io.github.duckdbthreads.core.database.DatabaseLocation;
import io.github.duckdbthreads.core.workload.Workload;

/**
 * A run's options, as {@link WorkloadOptions} reads them from a command line.
 *
 * @param threads     worker threads for models that keep a pool; ignored by the others
 * @param maxInFlight the most tasks a bounded model runs at once ({@code --max-in-flight}); empty for no bound
 * @param timeout     how long the task phase may last ({@code --timeout}); empty for no limit
 * @param connections the connection policy asked for ({@code --connections}); empty for the model's own
 */
public record Options(Workload workload, DatabaseLocation database, int threads, Optional<Integer> maxInFlight,
                      Optional<Duration> timeout, Optional<ConnectionPolicy.Kind> connections) {

    public Options {
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(maxInFlight, "maxInFlight");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(connections, "connections");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        maxInFlight.ifPresent(bound -> {
            if (bound < 1) {
                throw new IllegalArgumentException("max-in-flight must be at least 1, got " + bound);
            }
        });
    }

    /** Options without a connection policy of their own. */
    public Options(Workload workload, DatabaseLocation database, int threads, Optional<Integer> maxInFlight,
                   Optional<Duration> timeout) {
        this(workload, database, threads, maxInFlight, timeout, Optional.empty());
    }

    /** Options without a bound, a timeout or a connection policy of their own. */
    public Options(Workload workload, DatabaseLocation database, int threads) {
        this(workload, database, threads, Optional.empty(), Optional.empty());
    }

    /** The pool size a model uses when {@code --threads} is not given. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** The same options with another bound. */
    public Options withMaxInFlight(Optional<Integer> bound) {
        return new Options(workload, database, threads, bound, timeout, connections);
    }

    /** The same options with another connection policy. */
    public Options withConnections(Optional<ConnectionPolicy.Kind> kind) {
        return new Options(workload, database, threads, maxInFlight, timeout, kind);
    }

    /** The command line that {@link WorkloadOptions} reads back into these options. */
    public List<String> toArgs() {
        List<String> args = new ArrayList<>(List.of(
                "--writers", Integer.toString(workload.writers()),
                "--readers", Integer.toString(workload.readers()),
                "--seed", Long.toString(workload.seed()),
                "--db", database.place().toString(),
                WorkloadOptions.THREADS, Integer.toString(threads)));
        maxInFlight.ifPresent(bound -> args.addAll(List.of(WorkloadOptions.MAX_IN_FLIGHT, bound.toString())));
        database.duckdbThreads().ifPresent(threads -> args.addAll(List.of("--duckdb-threads", Integer.toString(threads))));
        if (!workload.ioLatency().isZero()) {
            args.addAll(List.of("--io-latency", workload.ioLatency().toString()));
        }
        timeout.ifPresent(limit -> args.addAll(List.of("--timeout", limit.toString())));
        connections.ifPresent(kind -> args.addAll(List.of("--connections", kind.label())));
        workload.failing().stream().sorted().forEach(task -> args.addAll(List.of("--fail-task", task)));
        workload.stalling().stream().sorted().forEach(task -> args.addAll(List.of("--stall-task", task)));
        return args;
    }
}
