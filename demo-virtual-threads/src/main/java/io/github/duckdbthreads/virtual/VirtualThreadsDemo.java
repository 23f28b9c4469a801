package io.github.duckdbthreads.virtual;

import io.github.duckdbthreads.core.ConnectionPolicy;
import io.github.duckdbthreads.core.ConnectionPolicy.Kind;
import io.github.duckdbthreads.core.ThreadingModel;
import io.github.duckdbthreads.core.cli.Demo;
import io.github.duckdbthreads.core.cli.Options;
import io.github.duckdbthreads.core.cli.Runner;

/** {@code mvn -pl demo-virtual-threads exec:java}: the guide's workload, one virtual thread per task. */
public final class VirtualThreadsDemo {

    /** Public for the tests that run every model. */
    public static final Demo DEMO = Demo.of("demo-virtual-threads",
            "Runs DuckDB's \"Multiple Python Threads\" workload with one virtual thread per task,"
                    + " forked in a StructuredTaskScope.",
            VirtualThreadsDemo::model)
            .withMaxInFlightOption()
            .withConnections(Kind.PER_TASK, Kind.POOLED);

    private VirtualThreadsDemo() {
    }

    /** Bounded when {@code --max-in-flight} is given; a pool has a connection per core. */
    private static ThreadingModel model(Options options) {
        ConnectionPolicy connections = options.connections(Kind.PER_TASK, Options.defaultThreads());
        return options.maxInFlight()
                .map(bound -> (ThreadingModel) VirtualThreadsModel.bounded(bound, connections))
                .orElseGet(() -> new VirtualThreadsModel(connections));
    }

    public static void main(String[] args) {
        Runner.main(DEMO, args);
    }
}
