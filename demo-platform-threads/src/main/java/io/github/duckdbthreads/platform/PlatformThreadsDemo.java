package io.github.duckdbthreads.platform;

import io.github.duckdbthreads.core.ConnectionPolicy.Kind;
import io.github.duckdbthreads.core.cli.Demo;
import io.github.duckdbthreads.core.cli.Options;
import io.github.duckdbthreads.core.cli.Runner;

/** {@code mvn -pl demo-platform-threads exec:java}: the guide's workload, one platform thread per task. */
public final class PlatformThreadsDemo {

    /** Public for the tests that run every model. */
    public static final Demo DEMO = Demo.of("demo-platform-threads",
            "Runs DuckDB's \"Multiple Python Threads\" workload with one platform Thread per task.",
            options -> new PlatformThreadsModel(options.connections(Kind.PER_TASK, Options.defaultThreads())))
            .withMaxTasks(PlatformThreadsModel.MAX_THREADS)
            .withConnections(Kind.PER_TASK, Kind.POOLED);

    private PlatformThreadsDemo() {
    }

    public static void main(String[] args) {
        Runner.main(DEMO, args);
    }
}
