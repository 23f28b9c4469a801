package io.github.duckdbthreads.virtual;

import io.github.duckdbthreads.core.ConnectionPolicy.Kind;
import io.github.duckdbthreads.core.cli.Demo;
import io.github.duckdbthreads.core.cli.ModelSpec;
import io.github.duckdbthreads.core.cli.Runner;
import io.github.duckdbthreads.core.cli.WorkloadOptions;

/** {@code mvn -pl demo-virtual-threads exec:java}: the guide's workload, one virtual thread per task. */
public final class VirtualThreadsDemo {

    /** Every task forked at once in a structured scope; the demo's default. */
    public static final ModelSpec VIRTUAL_THREADS = ModelSpec.of("virtual-threads",
                    (options, connections) -> new VirtualThreadsModel(connections))
            .connections(Kind.PER_TASK, Kind.POOLED);

    /** The same, forking a task only while fewer than {@code --max-in-flight} run. */
    public static final ModelSpec VIRTUAL_THREADS_BOUNDED = ModelSpec.of("virtual-threads-bounded",
                    (options, connections) -> VirtualThreadsModel.bounded(options.maxInFlight().orElseThrow(),
                            connections))
            .connections(Kind.PER_TASK, Kind.POOLED)
            .selectedBy(WorkloadOptions.MAX_IN_FLIGHT);

    /** A virtual thread per task from the JDK's executor: futures instead of a scope. */
    public static final ModelSpec VIRTUAL_THREAD_EXECUTOR = ModelSpec.of("virtual-thread-executor",
                    (options, connections) -> new VirtualThreadExecutorModel(connections))
            .connections(Kind.PER_TASK, Kind.POOLED)
            .selectedBy(WorkloadOptions.EXECUTOR);

    public static final Demo DEMO = Demo.of("demo-virtual-threads",
            "Runs DuckDB's \"Multiple Python Threads\" workload with one virtual thread per task,"
                    + " forked in a StructuredTaskScope.", VirtualThreadsDemo.class,
            VIRTUAL_THREADS, VIRTUAL_THREADS_BOUNDED, VIRTUAL_THREAD_EXECUTOR);

    private VirtualThreadsDemo() {
    }

    public static void main(String[] args) {
        Runner.main(DEMO, args);
    }
}
