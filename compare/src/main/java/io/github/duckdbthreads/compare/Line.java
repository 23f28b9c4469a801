package io.github.duckdbthreads.compare;

import java.util.Objects;

import io.github.duckdbthreads.core.ConnectionPolicy.Kind;
import io.github.duckdbthreads.core.cli.ModelSpec;

/** One line of the table, as planned: a model under one of the connection policies it runs with. */
record Line(ModelSpec model, Kind connections) {

    Line {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(connections, "connections");
        if (!model.connections().contains(connections)) {
            throw new IllegalArgumentException(model.name() + " does not run with " + connections.label() + " connections");
        }
    }

    /** The reference every throughput is compared with. */
    static final Line LIMIT = new Line(SingleThreadModel.LIMIT, Kind.PER_THREAD);

    /** e.g. {@code executor per-thread}, for progress lines and errors. */
    String label() {
        return model.name() + " " + connections.label();
    }
}
