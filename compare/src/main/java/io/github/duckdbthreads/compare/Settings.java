package io.github.duckdbthreads.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.github.duckdbthreads.core.Options;

/**
 * What a comparison runs: the workload's options (as every demo reads them), how many runs, and which rows.
 *
 * @param options the workload, its database, the executor's pool size and the bounded row's bound
 * @param runs    measured runs per row, each in a JVM of its own
 * @param warmup  runs each such JVM makes first, not counted
 */
record Settings(@JsonIgnore Options options, int runs, int warmup, List<Row> rows) {

    Settings {
        Objects.requireNonNull(options, "options");
        rows = List.copyOf(rows);
        if (options.maxInFlight().isEmpty()) {
            throw new IllegalArgumentException("the bounded row needs a bound");
        }
        if (runs < 1) {
            throw new IllegalArgumentException("--runs must be at least 1, got " + runs);
        }
        if (warmup < 0) {
            throw new IllegalArgumentException("--warmup must be zero or more, got " + warmup);
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("at least one model to run");
        }
    }

    @JsonProperty
    int writers() {
        return options.workload().writers();
    }

    @JsonProperty
    int readers() {
        return options.workload().readers();
    }

    @JsonProperty
    long seed() {
        return options.workload().seed();
    }

    @JsonProperty
    String database() {
        return options.database().toString();
    }

    @JsonProperty
    int threads() {
        return options.threads();
    }

    @JsonProperty
    int maxInFlight() {
        return options.maxInFlight().orElseThrow();
    }

    /** The arguments of the JVM that measures {@code row} once: the row, the warm-up, and the same options. */
    List<String> rowArgs(Row row) {
        List<String> args = new ArrayList<>(List.of("--row", row.label(), "--warmup", Integer.toString(warmup)));
        args.addAll(options.toArgs());
        return args;
    }
}
