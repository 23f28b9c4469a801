package io.github.duckdbthreads.virtual;

import io.github.duckdbthreads.core.Demo;
import io.github.duckdbthreads.core.Runner;

/** {@code mvn -pl demo-virtual-threads exec:java}: the guide's workload, one virtual thread per task. */
public final class VirtualThreadsDemo {

    /** Public for the tests that run every model. */
    public static final Demo DEMO = Demo.of("demo-virtual-threads",
            "Runs DuckDB's \"Multiple Python Threads\" workload with one virtual thread per task,"
                    + " forked in a StructuredTaskScope.",
            options -> options.maxInFlight().map(VirtualThreadsModel::bounded).orElseGet(VirtualThreadsModel::new))
            .withMaxInFlightOption();

    private VirtualThreadsDemo() {
    }

    public static void main(String[] args) {
        Runner.main(DEMO, args);
    }
}
