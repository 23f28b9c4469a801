package io.github.duckdbthreads.executor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import io.github.duckdbthreads.core.ConnectionPolicy;
import io.github.duckdbthreads.core.ModelResult;
import io.github.duckdbthreads.core.ModelResult.Ending;
import io.github.duckdbthreads.core.Task;
import io.github.duckdbthreads.core.TaskPhase;
import io.github.duckdbthreads.core.database.CountingConnections;
import io.github.duckdbthreads.core.database.Database;
import io.github.duckdbthreads.core.database.DatabaseLocation;
import io.github.duckdbthreads.core.workload.Workload;

class ExecutorModelTests {

    /** What HotSpot throws when the OS refuses a thread. */
    private static final String REFUSED = "unable to create native thread: possibly out of memory or process/resource limits reached";

    /** Without the stop, the stalled worker keeps closing the pool waiting for ever: fail instead. */
    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void stopsWhenThePoolCannotStartAWorkerAndStopsTheRunningTasks() throws Exception {
        Workload guide = Workload.guide();
        // The first task stalls in DuckDB, so the one worker is mid-query when the second cannot start.
        Workload workload = guide.withFaults(Set.of(), Set.of(guide.taskNames().getFirst()));
        Queue<Thread> made = new ConcurrentLinkedQueue<>();
        ModelResult result;
        CountingConnections.Counts counts;
        try (Database database = Database.open(new DatabaseLocation.InMemory());
             CountingConnections connections = CountingConnections.around(database.connections(ConnectionPolicy.PER_TASK))) {
            List<Task> tasks = workload.tasks(connections, read -> { });

            result = new ExecutorModel(3, ConnectionPolicy.PER_TASK, refusingAfter(1, made))
                    .run(tasks, TaskPhase.unlimited(connections::interruptAll));
            counts = connections.counts();
        }
        assertThat(result.ending()).isEqualTo(Ending.OUT_OF_THREADS);
        assertThat(result.failures()).filteredOn(failure -> !failure.cancelled()).singleElement()
                .satisfies(failure -> assertThat(failure.describe())
                        .isEqualTo(workload.taskNames().get(1) + " failed: " + REFUSED));
        assertThat(made).hasSize(1).allSatisfy(thread -> assertThat(thread.isAlive()).as(thread.getName()).isFalse());
        assertThat(counts.held()).as("connections still held by a task when the model returned").isZero();
    }

    /**
     * Workers until {@code limit} are made, and then none, as the JVM refuses when the OS says no. (The pool
     * starts its workers through the JDK's thread container, which bypasses an overridden {@code start()},
     * so the refusal comes from the factory, which the pool calls inside {@code submit} too.)
     */
    private static ThreadFactory refusingAfter(int limit, Queue<Thread> made) {
        ThreadFactory platform = Thread.ofPlatform().name("pool-worker-", 1).factory();
        return task -> {
            if (made.size() >= limit) {
                throw new OutOfMemoryError(REFUSED);
            }
            Thread thread = platform.newThread(task);
            made.add(thread);
            return thread;
        };
    }
}
