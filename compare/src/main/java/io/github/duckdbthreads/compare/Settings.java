package io.github.duckdbthreads.compare;

import java.util.List;
import java.util.Objects;

import io.github.duckdbthreads.core.DatabaseLocation;
import io.github.duckdbthreads.core.Workload;

/**
 * What a comparison runs: the workload, where its database lives, how many runs, and the knobs of the
 * models that have one.
 *
 * @param runs        measured runs per row, each in a JVM of its own
 * @param warmup      runs each such JVM makes first, not counted
 * @param threads     the executor's pool size
 * @param maxInFlight the bounded virtual-threads row's permits
 */
record Settings(int writers, int readers, long seed, String database, int runs, int warmup, int threads,
                int maxInFlight, List<Row> rows) {

    Settings {
        Objects.requireNonNull(database, "database");
        rows = List.copyOf(rows);
        // Refused here as the demos refuse it, before any JVM is started for it.
        new Workload(writers, readers, seed);
        try {
            DatabaseLocation.parse(database);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("db " + e.getMessage(), e);
        }
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be at least 1, got " + runs);
        }
        if (warmup < 0) {
            throw new IllegalArgumentException("warmup must be zero or more, got " + warmup);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("max-in-flight must be at least 1, got " + maxInFlight);
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("at least one model to run");
        }
    }

    DatabaseLocation location() {
        return DatabaseLocation.parse(database);
    }

    /** The arguments of the JVM that measures {@code row} once. */
    List<String> rowArgs(Row row) {
        return List.of(
                "--row", row.label(),
                "--writers", Integer.toString(writers),
                "--readers", Integer.toString(readers),
                "--seed", Long.toString(seed),
                "--db", database,
                "--warmup", Integer.toString(warmup),
                "--threads", Integer.toString(threads),
                "--max-in-flight", Integer.toString(maxInFlight));
    }
}
