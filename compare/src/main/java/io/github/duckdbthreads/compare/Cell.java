package io.github.duckdbthreads.compare;

import java.util.Objects;

import io.github.duckdbthreads.core.ConnectionPolicy.Kind;

/** One line of the table: a model under one of the connection policies it runs with. */
record Cell(Row row, Kind connections) {

    Cell {
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(connections, "connections");
        if (!row.connections().contains(connections)) {
            throw new IllegalArgumentException(row.label() + " does not run with " + connections.label() + " connections");
        }
    }

    /** The reference every throughput is compared with. */
    static final Cell LIMIT = new Cell(Row.LIMIT, Kind.PER_THREAD);

    /** e.g. {@code executor per-thread}, for progress lines and errors. */
    String label() {
        return row.label() + " " + connections.label();
    }
}
