package io.github.duckdbthreads.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.github.duckdbthreads.core.ConnectionPolicy;
import io.github.duckdbthreads.core.database.DatabaseLocation;
import io.github.duckdbthreads.core.run.RunResult;
import io.github.duckdbthreads.core.run.WorkloadRun;
import io.github.duckdbthreads.core.workload.Workload;
import io.github.duckdbthreads.virtual.VirtualThreadsModel;

class CensusTests {

    private static final String WRITER = "app//io.github.duckdbthreads.core.workload.WriterTask.run(WriterTask.java:20)";
    private static final String PARK = "java.base/java.lang.VirtualThread.park(VirtualThread.java:742)";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            in a native call                  | true  | RUNNABLE | true  | org.duckdb.DuckDBNative.duckdb_jdbc_execute(Native Method) | IN_DUCKDB
            opening a duplicate               | false | RUNNABLE | false | org.duckdb.DuckDBNative.duckdb_jdbc_connect(Native Method) | IN_DUCKDB
            on the root's lock                | true  | WAITING  | false | org.duckdb.DuckDBConnection.duplicate(DuckDBConnection.java:143) | WAITING_FOR_CONNECTION
            waiting its turn to open one      | true  | WAITING  | false | app//io.github.duckdbthreads.core.database.TrackingConnectionSource.openConnection(TrackingConnectionSource.java:75) | WAITING_FOR_CONNECTION
            waiting for a pooled one          | false | WAITING  | false | app//io.github.duckdbthreads.core.database.PooledConnections.take(PooledConnections.java:60) | WAITING_FOR_CONNECTION
            woken from a lock, no carrier     | true  | RUNNABLE | false | org.duckdb.DuckDBConnection.duplicate(DuckDBConnection.java:143) | QUEUED
            running Java code                 | true  | RUNNABLE | true  | java.base/java.lang.String.format(String.java:4500) | OTHER
            a platform thread in Java code    | false | RUNNABLE | false | java.base/java.lang.String.format(String.java:4500) | OTHER
            sleeping in its remote call       | true  | TIMED_WAITING | false | app//io.github.duckdbthreads.core.workload.RemoteCall.await(RemoteCall.java:25) | WAITING_FOR_IO
            """)
    void placesATaskThreadByItsStackAndState(String where, boolean virtual, String state, boolean mounted, String top,
                                             Census.Where expected) {
        Census.ThreadState thread = new Census.ThreadState(virtual, state, mounted, List.of(top, PARK, WRITER));

        assertThat(Census.classify(thread)).isEqualTo(expected);
    }

    @Test
    void countsAVirtualThreadThatNeverRanAsQueuedAndLeavesOtherThreadsOut() {
        assertThat(Census.classify(new Census.ThreadState(true, "RUNNABLE", false, List.of())))
                .isEqualTo(Census.Where.QUEUED);
        assertThat(Census.classify(new Census.ThreadState(false, "WAITING", false,
                List.of("java.base/java.util.concurrent.ThreadPoolExecutor.getTask(ThreadPoolExecutor.java:1070)"))))
                .isEqualTo(Census.Where.NOT_A_TASK);
    }

    /**
     * One connection in the pool, held by a task stalled in DuckDB: every other task waits for it. The
     * census, from a real thread dump, says so. Every task stalls: the tasks are forked at once, and any of
     * them may be the first to take the connection.
     */
    @Test
    void findsTheTasksOfARealRunWhereTheyAre() throws Exception {
        Workload plain = new Workload(20, 0, Workload.DEFAULT_SEED);
        Workload workload = plain.withFaults(Set.of(), Set.copyOf(plain.taskNames()));
        VirtualThreadsModel model = new VirtualThreadsModel(ConnectionPolicy.pooled(1));
        AtomicReference<RunResult> result = new AtomicReference<>();
        Thread runner = Thread.ofPlatform().name("runner").start(() -> {
            try {
                result.set(WorkloadRun.run(new DatabaseLocation.InMemory(), workload, model, read -> { }));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            await("one task in DuckDB, nineteen waiting for its connection").atMost(Duration.ofSeconds(60))
                    .failFast(() -> !runner.isAlive())
                    .until(() -> Census.take(System.nanoTime()), census -> census.inDuckdb() == 1
                            && census.waitingForConnection() == 19 && census.waitingForIo() == 0
                            && census.queued() == 0 && census.other() == 0);
        } finally {
            runner.interrupt();
            runner.join();
        }
        assertThat(result.get().completed()).isZero();
        assertThat(result.get().failures()).isEmpty();
    }

    @Test
    void findsTasksInTheirRemoteCallWaitingForIo() throws Exception {
        Workload workload = new Workload(30, 0, Workload.DEFAULT_SEED).withIoLatency(Duration.ofHours(1));
        Thread runner = Thread.ofPlatform().name("runner").start(() -> {
            try {
                WorkloadRun.run(new DatabaseLocation.InMemory(), workload, new VirtualThreadsModel(), read -> { });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            await("thirty tasks in their hour-long call").atMost(Duration.ofSeconds(60))
                    .failFast(() -> !runner.isAlive())
                    .until(() -> Census.take(System.nanoTime()), census -> census.waitingForIo() == 30
                            && census.inDuckdb() + census.waitingForConnection() + census.queued() + census.other() == 0);
        } finally {
            runner.interrupt();
            runner.join();
        }
    }
}
