package io.github.duckdbthreads.executor;

import io.github.duckdbthreads.core.ConnectionPolicy.Kind;
import io.github.duckdbthreads.core.cli.Demo;
import io.github.duckdbthreads.core.cli.Runner;

/** {@code mvn -pl demo-executor exec:java}: the guide's workload on a fixed thread pool. */
public final class ExecutorDemo {

    /** Public for the tests that run every model. */
    public static final Demo DEMO = Demo.of("demo-executor",
            "Runs DuckDB's \"Multiple Python Threads\" workload on a fixed pool of platform threads,"
                    + " one connection per worker.",
            options -> new ExecutorModel(options.threads(), options.connections(Kind.PER_THREAD, options.threads())))
            .withThreadsOption();

    private ExecutorDemo() {
    }

    public static void main(String[] args) {
        Runner.main(DEMO, args);
    }
}
