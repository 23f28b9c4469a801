package io.github.duckdbthreads;

import java.util.List;
import java.util.concurrent.locks.LockSupport;

import io.github.duckdbthreads.core.ModelResult;
import io.github.duckdbthreads.core.Task;
import io.github.duckdbthreads.core.TaskPhase;
import io.github.duckdbthreads.core.ThreadingModel;
import io.github.duckdbthreads.core.cli.Demo;
import io.github.duckdbthreads.core.cli.ModelSpec;
import io.github.duckdbthreads.core.cli.Runner;

/**
 * Run as a second JVM by a test: a demo whose model never stops, whatever interrupts it, so that Ctrl-C
 * leaves the run stopping for the whole grace period. It says {@code running} once it is, and
 * {@code interrupted} when Ctrl-C has reached it.
 */
final class StubbornDemo {

    private StubbornDemo() {
    }

    public static void main(String[] args) {
        Runner.main(Demo.of("demo-stubborn", "A model that ignores every interrupt.", StubbornDemo.class,
                ModelSpec.of("stubborn", (options, connections) -> new Stubborn())), args);
    }

    private static final class Stubborn implements ThreadingModel {
        @Override
        public String name() {
            return "stubborn";
        }

        @Override
        public ModelResult run(List<? extends Task> tasks, TaskPhase phase) {
            System.out.println("running");
            while (true) {
                // Deaf on purpose: an interrupt only wakes it, and it parks again.
                LockSupport.park(this);
                if (Thread.interrupted()) {
                    System.out.println("interrupted");
                }
            }
        }
    }
}
