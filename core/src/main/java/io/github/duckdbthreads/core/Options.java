package io.github.duckdbthreads.core;

import java.util.Objects;

/**
 * A demo's parsed command line.
 *
 * @param threads worker threads for models that keep a pool; ignored by the others
 */
public record Options(Workload workload, DatabaseLocation database, int threads) {

    public Options {
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(database, "database");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
    }

    /** The pool size a model uses when {@code --threads} is not given. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }
}
