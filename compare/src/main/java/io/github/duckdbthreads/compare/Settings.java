package io.github.duckdbthreads.compare;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.github.duckdbthreads.core.cli.Options;

/**
 * What a comparison runs: the workload's options (as every demo reads them) at each point of the sweep,
 * how many runs, which models under which connection policies, and which other client to time beside them.
 *
 * @param points      the options of each point: one per number of writers and I/O latency, the same otherwise
 * @param runs        measured runs per row, each in a JVM of its own
 * @param warmup      runs each such JVM makes first, not counted
 * @param lines       the table's lines: models, each under some of the connection policies it runs with
 * @param censusEvery how often to take a census in each twin run, besides halfway; empty for only halfway
 * @param profiles    where to write a JFR profile of every measured run; empty for none
 * @param nodeBench   the Node.js program to time once in each round of runs; empty for none
 * @param carrierTrace whether each measured run traces the scheduler's queues ({@link CarrierTrace})
 */
record Settings(@JsonIgnore List<Options> points, int runs, int warmup, @JsonIgnore List<Line> lines,
                @JsonIgnore Optional<Duration> censusEvery, @JsonIgnore Optional<Path> profiles,
                @JsonIgnore Optional<NodeBench> nodeBench, boolean carrierTrace) {

    /** Without profiles, without another client, and without a trace. */
    Settings(List<Options> points, int runs, int warmup, List<Line> lines, Optional<Duration> censusEvery) {
        this(points, runs, warmup, lines, censusEvery, Optional.empty(), Optional.empty(), false);
    }

    Settings {
        points = List.copyOf(points);
        lines = List.copyOf(lines);
        Objects.requireNonNull(censusEvery, "censusEvery");
        Objects.requireNonNull(profiles, "profiles");
        Objects.requireNonNull(nodeBench, "nodeBench");
        if (points.isEmpty()) {
            throw new IllegalArgumentException("at least one workload to run");
        }
        if (points.stream().anyMatch(point -> point.maxInFlight().isEmpty())) {
            throw new IllegalArgumentException("the bounded row needs a bound");
        }
        if (runs < 1) {
            throw new IllegalArgumentException("--runs must be at least 1, got " + runs);
        }
        if (warmup < 0) {
            throw new IllegalArgumentException("--warmup must be zero or more, got " + warmup);
        }
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("at least one model to run");
        }
    }

    /** What every point shares: the seed, the readers, the database, the pool size and the bound. */
    Options first() {
        return points.getFirst();
    }

    @JsonProperty
    List<Integer> writers() {
        return points.stream().map(point -> point.workload().writers()).distinct().toList();
    }

    @JsonProperty
    int readers() {
        return first().workload().readers();
    }

    @JsonProperty
    List<Double> ioLatencyMs() {
        return points.stream().map(point -> millis(point.workload().ioLatency())).distinct().toList();
    }

    @JsonProperty
    long seed() {
        return first().workload().seed();
    }

    @JsonProperty
    String database() {
        return first().database().place().toString();
    }

    @JsonProperty
    int threads() {
        return first().threads();
    }

    /** DuckDB's worker threads: the number asked for, or DuckDB's default. */
    @JsonProperty
    String duckdbThreads() {
        return first().database().duckdbThreads().stream().mapToObj(Integer::toString).findFirst()
                .orElse("DuckDB's default, one per core");
    }

    @JsonProperty
    int maxInFlight() {
        return first().maxInFlight().orElseThrow();
    }

    /** The models, as the JSON names them. */
    @JsonProperty
    List<String> models() {
        return lines.stream().map(line -> line.model().name()).distinct().toList();
    }

    /** The flags of every measuring JVM: the project's, the heap, and what the trace needs if it is on. */
    @JsonIgnore
    List<String> jvmFlags() {
        List<String> flags = new ArrayList<>(ChildJvm.FLAGS);
        if (carrierTrace) {
            flags.addAll(CarrierTrace.JVM_FLAGS);
        }
        return List.copyOf(flags);
    }

    /**
     * The arguments of the JVM that measures {@code line} once at {@code point}, the {@code run}th time:
     * the model, the warm-up, and the point's options with the line's connection policy.
     */
    List<String> rowArgs(Options point, Line line, int run) {
        List<String> args = new ArrayList<>(List.of("--model", line.model().name(), "--warmup", Integer.toString(warmup)));
        censusEvery.ifPresent(period -> args.addAll(List.of("--census-every", period.toString())));
        profiles.ifPresent(directory -> args.addAll(List.of("--jfr", directory.resolve(
                line.model().name() + "-" + line.connections().label() + "-" + point.workload().writers() + "w-"
                        + Sweep.latency(point.workload().ioLatency()) + "-run" + run + ".jfr").toString())));
        if (carrierTrace) {
            args.add("--carrier-trace");
        }
        args.addAll(point.withConnections(Optional.of(line.connections())).toArgs());
        return args;
    }

    static double millis(Duration duration) {
        return duration.toNanos() / 1e6;
    }
}
