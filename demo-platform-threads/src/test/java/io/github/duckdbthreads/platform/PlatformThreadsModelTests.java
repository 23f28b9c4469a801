package io.github.duckdbthreads.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.github.duckdbthreads.core.ConnectionPolicy;
import io.github.duckdbthreads.core.ModelResult;
import io.github.duckdbthreads.core.ModelResult.Ending;
import io.github.duckdbthreads.core.Task;
import io.github.duckdbthreads.core.TaskPhase;
import io.github.duckdbthreads.core.database.CountingConnections;
import io.github.duckdbthreads.core.database.Database;
import io.github.duckdbthreads.core.database.DatabaseLocation;
import io.github.duckdbthreads.core.workload.ReaderResult;
import io.github.duckdbthreads.core.workload.TaskEvents;
import io.github.duckdbthreads.core.workload.Workload;

class PlatformThreadsModelTests {

    /** What HotSpot throws when the OS refuses a thread. */
    private static final String REFUSED = "unable to create native thread: possibly out of memory or process/resource limits reached";

    @Test
    void stopsStartingWhenTheJvmCannotStartAThreadAndStopsTheStartedOnes() throws Exception {
        Workload guide = Workload.guide();
        // The first task stalls in DuckDB, so a started thread is mid-query when the refusal comes.
        Workload workload = guide.withFaults(Set.of(), Set.of(guide.taskNames().getFirst()));
        Queue<Thread> made = new ConcurrentLinkedQueue<>();
        AtomicInteger completed = new AtomicInteger();
        AtomicInteger read = new AtomicInteger();
        TaskEvents events = new TaskEvents() {
            @Override
            public void read(ReaderResult result) {
                read.incrementAndGet();
            }

            @Override
            public void completed(Task task) {
                completed.incrementAndGet();
            }
        };
        ModelResult result;
        CountingConnections.Counts counts;
        long rows;
        try (Database database = Database.open(new DatabaseLocation.InMemory())) {
            try (CountingConnections connections = CountingConnections.around(
                    database.connections(ConnectionPolicy.PER_TASK))) {
                List<Task> tasks = workload.tasks(connections, events);

                result = new PlatformThreadsModel(refusingAfter(20, made), ConnectionPolicy.PER_TASK).run(tasks, TaskPhase.unlimited(connections::interruptAll));
                counts = connections.counts();
            }
            rows = database.stats().rows();
        }
        assertThat(counts.held()).as("connections still held by a task when the model returned").isZero();
        assertThat(result.ending()).isEqualTo(Ending.OUT_OF_THREADS);
        String twentyFirst = workload.taskNames().get(20);
        assertThat(result.failures()).filteredOn(failure -> !failure.cancelled()).singleElement()
                .satisfies(failure -> assertThat(failure.describe()).isEqualTo(twentyFirst + " failed: " + REFUSED));
        assertThat(result.failures()).filteredOn(failure -> failure.cancelled())
                .extracting(failure -> failure.task()).contains(workload.taskNames().getFirst());
        assertThat(made).hasSize(21).allSatisfy(thread -> assertThat(thread.isAlive()).isFalse());
        assertThat(rows).as("rows: one per writer that completed").isEqualTo(completed.get() - read.get());
    }

    @Test
    void joinsEveryThreadItStartedEvenWhenStoppingTheQueriesFails() throws Exception {
        Workload guide = Workload.guide();
        Workload workload = guide.withFaults(Set.of(), Set.of(guide.taskNames().getFirst()));
        Queue<Thread> made = new ConcurrentLinkedQueue<>();
        CountingConnections.Counts counts;
        try (Database database = Database.open(new DatabaseLocation.InMemory());
             CountingConnections connections = CountingConnections.around(database.connections(ConnectionPolicy.PER_TASK))) {
            List<Task> tasks = workload.tasks(connections, result -> { });
            // The queries are stopped, and then the stop fails, as starting a thread fails when the OS says no.
            TaskPhase phase = TaskPhase.unlimited(() -> {
                connections.interruptAll();
                throw new OutOfMemoryError(REFUSED);
            });

            assertThatExceptionOfType(OutOfMemoryError.class)
                    .isThrownBy(() -> new PlatformThreadsModel(refusingAfter(20, made), ConnectionPolicy.PER_TASK)
                            .run(tasks, phase));
            counts = connections.counts();
        }
        assertThat(made).hasSize(21).allSatisfy(thread -> assertThat(thread.isAlive()).as(thread.getName()).isFalse());
        assertThat(counts.held()).as("connections still held by a task when the model returned").isZero();
    }

    /** Threads that start until {@code limit} have, and then fail to, as the JVM does when the OS says no. */
    private static ThreadFactory refusingAfter(int limit, Queue<Thread> made) {
        ThreadFactory platform = Thread.ofPlatform().factory();
        return task -> {
            Thread thread = made.size() < limit ? platform.newThread(task) : new Thread(task) {
                @Override
                public void start() {
                    throw new OutOfMemoryError(REFUSED);
                }
            };
            made.add(thread);
            return thread;
        };
    }
}
