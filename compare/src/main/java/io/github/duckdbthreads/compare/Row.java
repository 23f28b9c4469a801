package io.github.duckdbthreads.compare;

import java.util.Arrays;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonValue;

import io.github.duckdbthreads.core.ThreadingModel;
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

    /** A fresh model for one run; models keep no state between runs, but a bounded one owns its semaphore. */
    ThreadingModel model(int threads, int maxInFlight) {
        return switch (this) {
            case PLATFORM_THREADS -> new PlatformThreadsModel();
            case EXECUTOR -> new ExecutorModel(threads);
            case VIRTUAL_THREADS -> new VirtualThreadsModel();
            case VIRTUAL_THREADS_BOUNDED -> VirtualThreadsModel.bounded(maxInFlight);
            case SEQUENTIAL -> SingleThreadModel.sequential();
            case LIMIT -> SingleThreadModel.limit();
        };
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
