package io.github.duckdbthreads.platform;

import io.github.duckdbthreads.core.ConnectionPolicy.Kind;
import io.github.duckdbthreads.core.cli.Demo;
import io.github.duckdbthreads.core.cli.ModelSpec;
import io.github.duckdbthreads.core.cli.Runner;

/** {@code mvn -pl demo-platform-threads exec:java}: the guide's workload, one platform thread per task. */
public final class PlatformThreadsDemo {

    /** Platform threads, declared once: the command line, compare and the tests read it here. */
    public static final ModelSpec PLATFORM_THREADS = ModelSpec.of("platform-threads",
                    (options, connections) -> new PlatformThreadsModel(connections))
            .connections(Kind.PER_TASK, Kind.POOLED)
            .maxTasks(PlatformThreadsModel.MAX_THREADS);

    public static final Demo DEMO = Demo.of("demo-platform-threads",
            "Runs DuckDB's \"Multiple Python Threads\" workload with one platform Thread per task.",
            PlatformThreadsDemo.class, PLATFORM_THREADS);

    private PlatformThreadsDemo() {
    }

    public static void main(String[] args) {
        Runner.main(DEMO, args);
    }
}
