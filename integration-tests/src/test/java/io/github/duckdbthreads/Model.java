package io.github.duckdbthreads;

import java.util.function.Predicate;
import java.util.regex.Pattern;

import io.github.duckdbthreads.core.DatabaseLocation;
import io.github.duckdbthreads.core.Demo;
import io.github.duckdbthreads.core.Options;
import io.github.duckdbthreads.core.ThreadingModel;
import io.github.duckdbthreads.core.Workload;
import io.github.duckdbthreads.executor.ExecutorDemo;
import io.github.duckdbthreads.platform.PlatformThreadsDemo;
import io.github.duckdbthreads.virtual.VirtualThreadsDemo;

/** The three demos, as the tests that run each of them see them. */
enum Model {

    PLATFORM(PlatformThreadsDemo.DEMO, PlatformThreadsDemo.class, "(write|read)_thread_\\d+"),
    EXECUTOR(ExecutorDemo.DEMO, ExecutorDemo.class, "pool-worker-\\d+"),
    VIRTUAL(VirtualThreadsDemo.DEMO, VirtualThreadsDemo.class, "(write|read)_thread_\\d+");

    /** Every run's own helper thread, whatever the model. */
    private static final Pattern HELPERS = Pattern.compile("query-interrupter");

    final Demo demo;
    final Class<?> main;
    private final Pattern threadNames;

    Model(Demo demo, Class<?> main, String threadNames) {
        this.demo = demo;
        this.main = main;
        this.threadNames = Pattern.compile(threadNames);
    }

    ThreadingModel model(Workload workload) {
        return demo.model().apply(new Options(workload, new DatabaseLocation.InMemory(), 2));
    }

    /** Whether a thread of this name is one a run of this model starts. */
    Predicate<String> startedByRun() {
        return name -> threadNames.matcher(name).matches() || HELPERS.matcher(name).matches();
    }
}
