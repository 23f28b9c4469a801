package io.github.duckdbthreads;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import io.github.duckdbthreads.core.ThreadingModel;
import io.github.duckdbthreads.core.cli.Demo;
import io.github.duckdbthreads.core.cli.Options;
import io.github.duckdbthreads.core.cli.WorkloadOptions;
import io.github.duckdbthreads.core.database.DatabaseLocation;
import io.github.duckdbthreads.core.workload.Workload;
import io.github.duckdbthreads.executor.ExecutorDemo;
import io.github.duckdbthreads.platform.PlatformThreadsDemo;
import io.github.duckdbthreads.virtual.VirtualThreadsDemo;

/** The demos' models, as the tests that run each of them see them: the three, and the bounded virtual threads. */
enum Model {

    PLATFORM(PlatformThreadsDemo.DEMO, PlatformThreadsDemo.class, "(write|read)_thread_\\d+", Optional.empty()),
    EXECUTOR(ExecutorDemo.DEMO, ExecutorDemo.class, "pool-worker-\\d+", Optional.empty()),
    VIRTUAL(VirtualThreadsDemo.DEMO, VirtualThreadsDemo.class, "(write|read)_thread_\\d+", Optional.empty()),
    VIRTUAL_BOUNDED(VirtualThreadsDemo.DEMO, VirtualThreadsDemo.class, "(write|read)_thread_\\d+", Optional.of(2));

    /** Every run's own helper thread, whatever the model. */
    private static final Pattern HELPERS = Pattern.compile("query-interrupter");

    final Demo demo;
    final Class<?> main;
    private final Pattern threadNames;
    private final Optional<Integer> maxInFlight;

    Model(Demo demo, Class<?> main, String threadNames, Optional<Integer> maxInFlight) {
        this.demo = demo;
        this.main = main;
        this.threadNames = Pattern.compile(threadNames);
        this.maxInFlight = maxInFlight;
    }

    ThreadingModel model(Workload workload) {
        return demo.model().apply(new Options(workload, new DatabaseLocation.InMemory(), 2, maxInFlight,
                Optional.empty()));
    }

    /** The flags that choose this model's variant on the demo's command line, besides the workload's. */
    List<String> flags() {
        return maxInFlight.map(bound -> List.of(WorkloadOptions.MAX_IN_FLIGHT, bound.toString())).orElse(List.of());
    }

    /** Whether a thread of this name is one a run of this model starts. */
    Predicate<String> startedByRun() {
        return name -> threadNames.matcher(name).matches() || HELPERS.matcher(name).matches();
    }
}
