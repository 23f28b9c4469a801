package io.github.duckdbthreads.core;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A demo's parsed command line.
 *
 * @param threads worker threads for models that keep a pool; ignored by the others
 * @param timeout how long the task phase may last ({@code --timeout}); empty for no limit
 */
public record Options(Workload workload, DatabaseLocation database, int threads, Optional<Duration> timeout) {

    public Options {
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(timeout, "timeout");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
    }

    /** Options without a timeout. */
    public Options(Workload workload, DatabaseLocation database, int threads) {
        this(workload, database, threads, Optional.empty());
    }

    /** The pool size a model uses when {@code --threads} is not given. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }
}
