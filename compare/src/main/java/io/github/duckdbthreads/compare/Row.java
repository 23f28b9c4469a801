package io.github.duckdbthreads.compare;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonValue;

import io.github.duckdbthreads.core.ConnectionPolicy.Kind;
import io.github.duckdbthreads.core.ThreadingModel;
import io.github.duckdbthreads.core.cli.Options;
import io.github.duckdbthreads.core.cli.WorkloadOptions;
import io.github.duckdbthreads.core.workload.Workload;
import io.github.duckdbthreads.executor.ExecutorModel;
import io.github.duckdbthreads.platform.PlatformThreadsModel;
import io.github.duckdbthreads.virtual.VirtualThreadsModel;

/**
 * The models of the comparison, in the order the table shows them, each with the connection policies it
 * runs under, its natural one first.
 */
enum Row {

    PLATFORM_THREADS("platform-threads", Kind.PER_TASK, Kind.POOLED),
    EXECUTOR("executor", Kind.PER_THREAD, Kind.PER_TASK, Kind.POOLED),
    VIRTUAL_THREADS("virtual-threads", Kind.PER_TASK, Kind.POOLED),
    VIRTUAL_THREADS_BOUNDED("virtual-threads-bounded", Kind.PER_TASK, Kind.POOLED),
    /** Every task in turn on one thread, with a connection per task: the guide's task, without threads. */
    SEQUENTIAL("sequential", Kind.PER_TASK),
    /** Every task in turn on one thread and one kept connection: as fast as one thread goes. */
    LIMIT("limit", Kind.PER_THREAD);

    private final String label;
    private final List<Kind> connections;

    Row(String label, Kind... connections) {
        this.label = label;
        this.connections = List.of(connections);
    }

    /** The connection policies this row runs under, its natural one first. */
    List<Kind> connections() {
        return connections;
    }

    /** The name in tables, JSON and on the command line. */
    @JsonValue
    String label() {
        return label;
    }

    /**
     * This row's model with the pool size, bound and connection policy of {@code options} (its natural
     * one if none is given). A pool holds as many connections as the executor has threads, and as there
     * are cores for every other model.
     */
    ThreadingModel model(Options options) {
        Kind kind = options.connections().orElse(connections.getFirst());
        if (!connections.contains(kind)) {
            throw new IllegalArgumentException(label + " does not run with " + kind.label() + " connections");
        }
        int cores = Options.defaultThreads();
        return switch (this) {
            case PLATFORM_THREADS -> new PlatformThreadsModel(kind.withPoolSize(cores));
            case EXECUTOR -> new ExecutorModel(options.threads(), kind.withPoolSize(options.threads()));
            case VIRTUAL_THREADS -> new VirtualThreadsModel(kind.withPoolSize(cores));
            case VIRTUAL_THREADS_BOUNDED -> {
                int bound = options.maxInFlight().orElseThrow(
                        () -> new IllegalArgumentException(label + " needs " + WorkloadOptions.MAX_IN_FLIGHT));
                yield VirtualThreadsModel.bounded(bound, kind.withPoolSize(cores));
            }
            case SEQUENTIAL -> SingleThreadModel.sequential();
            case LIMIT -> SingleThreadModel.limit();
        };
    }

    /** The most tasks the row's model takes in one run, as its demo refuses more. */
    int maxTasks() {
        return this == PLATFORM_THREADS ? PlatformThreadsModel.MAX_THREADS : 2 * Workload.MAX_PER_KIND;
    }

    static Row of(String label) {
        for (Row row : values()) {
            if (row.label.equals(label)) {
                return row;
            }
        }
        throw new IllegalArgumentException("unknown model '" + label + "', expected one of " + labels());
    }

    static String labels() {
        return Arrays.stream(values()).map(Row::label).collect(Collectors.joining(", "));
    }
}
