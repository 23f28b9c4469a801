package io.github.duckdbthreads.executor;

import io.github.duckdbthreads.core.ConnectionPolicy.Kind;
import io.github.duckdbthreads.core.cli.Demo;
import io.github.duckdbthreads.core.cli.ModelSpec;
import io.github.duckdbthreads.core.cli.Runner;
import io.github.duckdbthreads.core.cli.WorkloadOptions;

/** {@code mvn -pl demo-executor exec:java}: the guide's workload on a fixed thread pool. */
public final class ExecutorDemo {

    /** The executor, declared once: the command line, compare and the tests read it here. */
    public static final ModelSpec EXECUTOR = ModelSpec.of("executor",
                    (options, connections) -> new ExecutorModel(options.threads(), connections))
            .connections(Kind.PER_THREAD, Kind.PER_TASK, Kind.POOLED)
            .takes(WorkloadOptions.THREADS)
            .threadNames("pool-worker-\\d+");

    public static final Demo DEMO = Demo.of("demo-executor",
            "Runs DuckDB's \"Multiple Python Threads\" workload on a fixed pool of platform threads,"
                    + " one connection per worker.", ExecutorDemo.class, EXECUTOR);

    private ExecutorDemo() {
    }

    public static void main(String[] args) {
        Runner.main(DEMO, args);
    }
}
