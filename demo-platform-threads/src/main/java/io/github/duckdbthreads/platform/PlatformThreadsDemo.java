package io.github.duckdbthreads.platform;

import io.github.duckdbthreads.core.Demo;
import io.github.duckdbthreads.core.Runner;

/** {@code mvn -pl demo-platform-threads exec:java}: the guide's workload, one platform thread per task. */
public final class PlatformThreadsDemo {

    /** Public for the tests that run every model. */
    public static final Demo DEMO = Demo.of("demo-platform-threads",
            "Runs DuckDB's \"Multiple Python Threads\" workload with one platform Thread per task.",
            options -> new PlatformThreadsModel()).withMaxTasks(PlatformThreadsModel.MAX_THREADS);

    private PlatformThreadsDemo() {
    }

    public static void main(String[] args) {
        Runner.main(DEMO, args);
    }
}
