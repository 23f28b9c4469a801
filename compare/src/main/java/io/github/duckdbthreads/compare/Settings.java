package io.github.duckdbthreads.compare;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.github.duckdbthreads.core.Options;

/**
 * What a comparison runs: the workload's options (as every demo reads them), how many runs, and which
 * models under which connection policies.
 *
 * @param options the workload, its database, the executor's pool size and the bounded row's bound
 * @param runs    measured runs per row, each in a JVM of its own
 * @param warmup  runs each such JVM makes first, not counted
 * @param cells   the table's lines: models, each under some of the connection policies it runs with
 * @param censusEvery how often to take a census in each twin run, besides halfway; empty for only halfway
 */
record Settings(@JsonIgnore Options options, int runs, int warmup, @JsonIgnore List<Cell> cells,
                @JsonIgnore Optional<Duration> censusEvery) {

    Settings {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(censusEvery, "censusEvery");
        cells = List.copyOf(cells);
        if (options.maxInFlight().isEmpty()) {
            throw new IllegalArgumentException("the bounded row needs a bound");
        }
        if (runs < 1) {
            throw new IllegalArgumentException("--runs must be at least 1, got " + runs);
        }
        if (warmup < 0) {
            throw new IllegalArgumentException("--warmup must be zero or more, got " + warmup);
        }
        if (cells.isEmpty()) {
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

    /** The models, as the JSON names them. */
    @JsonProperty
    List<String> models() {
        return cells.stream().map(cell -> cell.row().label()).distinct().toList();
    }

    /**
     * The arguments of the JVM that measures {@code cell} once: the model, the warm-up, and the same
     * options with the cell's connection policy.
     */
    List<String> rowArgs(Cell cell) {
        List<String> args = new ArrayList<>(List.of("--row", cell.row().label(), "--warmup", Integer.toString(warmup)));
        censusEvery.ifPresent(period -> args.addAll(List.of("--census-every", period.toString())));
        args.addAll(options.withConnections(Optional.of(cell.connections())).toArgs());
        return args;
    }
}
