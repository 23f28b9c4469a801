package io.github.duckdbthreads.compare;

import java.util.Arrays;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonValue;

import io.github.duckdbthreads.core.Options;
import io.github.duckdbthreads.core.ThreadingModel;
import io.github.duckdbthreads.core.Workload;
import io.github.duckdbthreads.core.WorkloadOptions;
import io.github.duckdbthreads.executor.ExecutorModel;
import io.github.duckdbthreads.platform.PlatformThreadsModel;
import io.github.duckdbthreads.virtual.VirtualThreadsModel;

/** The rows of the comparison, in the order the table shows them. */
enum Row {

    PLATFORM_THREADS("platform-threads"),
    EXECUTOR("executor"),
    VIRTUAL_THREADS("virtual-threads"),
    VIRTUAL_THREADS_BOUNDED("virtual-threads-bounded"),
    SEQUENTIAL("sequential"),
    LIMIT("limit");

    private final String label;

    Row(String label) {
        this.label = label;
    }

    /** The name in tables, JSON and on the command line. */
    @JsonValue
    String label() {
        return label;
    }

    /**
     * This row's model with the pool size and bound of {@code options}; the bounded row needs a bound.
     */
    ThreadingModel model(Options options) {
        return switch (this) {
            case PLATFORM_THREADS -> new PlatformThreadsModel();
            case EXECUTOR -> new ExecutorModel(options.threads());
            case VIRTUAL_THREADS -> new VirtualThreadsModel();
            case VIRTUAL_THREADS_BOUNDED -> VirtualThreadsModel.bounded(options.maxInFlight().orElseThrow(
                    () -> new IllegalArgumentException(label + " needs " + WorkloadOptions.MAX_IN_FLIGHT)));
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
