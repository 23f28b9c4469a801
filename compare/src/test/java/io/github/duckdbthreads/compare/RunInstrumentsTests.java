package io.github.duckdbthreads.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.duckdbthreads.core.ConnectionPolicy.Kind;
import io.github.duckdbthreads.core.cli.ModelSpec;
import io.github.duckdbthreads.core.cli.Options;
import io.github.duckdbthreads.core.database.DatabaseLocation;
import io.github.duckdbthreads.core.workload.Workload;
import io.github.duckdbthreads.executor.ExecutorDemo;
import io.github.duckdbthreads.platform.PlatformThreadsDemo;
import io.github.duckdbthreads.virtual.VirtualThreadsDemo;

/** Each row's model, run once in this JVM with every instrument on, at a tiny size. */
class RunInstrumentsTests {

    private static final Workload TINY = new Workload(20, 2, Workload.DEFAULT_SEED);
    private static final Options OPTIONS = new Options(TINY, new DatabaseLocation.InMemory(), 3, Optional.of(2),
            Optional.empty());

    private static final int CORES = Options.defaultThreads();

    /**
     * A thread per task runs each of the 22 tasks on a thread of its own; the pool's 3 workers each start
     * with a task of their own (a fixed pool adds a worker per submission until it is full); the
     * reference rows run on one thread. A connection per task opens 22; a worker keeps one; a pool holds at
     * most its size (the executor's threads, the bound, or the cores), and no more tasks hold one at once.
     */
    static Stream<Arguments> lines() {
        return Stream.of(
                Arguments.of(PlatformThreadsDemo.PLATFORM_THREADS, Kind.PER_TASK, 22, 22, 22, 22),
                Arguments.of(PlatformThreadsDemo.PLATFORM_THREADS, Kind.POOLED, 22, CORES, 1, CORES),
                Arguments.of(ExecutorDemo.EXECUTOR, Kind.PER_THREAD, 3, 3, 3, 3),
                Arguments.of(ExecutorDemo.EXECUTOR, Kind.PER_TASK, 3, 3, 22, 22),
                Arguments.of(ExecutorDemo.EXECUTOR, Kind.POOLED, 3, 3, 1, 3),
                Arguments.of(VirtualThreadsDemo.VIRTUAL_THREADS, Kind.PER_TASK, 22, 22, 22, 22),
                Arguments.of(VirtualThreadsDemo.VIRTUAL_THREADS, Kind.POOLED, 22, CORES, 1, CORES),
                Arguments.of(VirtualThreadsDemo.VIRTUAL_THREADS_BOUNDED, Kind.PER_TASK, 22, 2, 22, 22),
                Arguments.of(VirtualThreadsDemo.VIRTUAL_THREADS_BOUNDED, Kind.POOLED, 22, 2, 1, 2),
                Arguments.of(SingleThreadModel.SEQUENTIAL, Kind.PER_TASK, 1, 1, 22, 22),
                Arguments.of(SingleThreadModel.LIMIT, Kind.PER_THREAD, 1, 1, 1, 1));
    }

    @ParameterizedTest(name = "{0} {1}: {2} task threads, at most {3} holding a connection, {4} to {5} connections")
    @MethodSource("lines")
    void everyRowCompletesEveryTaskWithinItsBounds(ModelSpec row, Kind connections, int taskThreads, int maxHeld,
                                                   int minConnections, int maxConnections) throws Exception {
        Options options = OPTIONS.withConnections(Optional.of(connections));

        RunMeasurement run = RunInstruments.measure(row.model(options), options);

        assertThat(run.complete()).as("complete: %s", run.firstFailure()).isTrue();
        assertThat(run.model()).isEqualTo(row.name());
        assertThat(run.connections()).startsWith(connections.label());
        assertThat(run.insertedRows()).isEqualTo(20);
        assertThat(run.threadsThatRanTasks()).isEqualTo(taskThreads);
        assertThat(run.peakInFlight()).isBetween(1, maxHeld);
        assertThat(run.connectionsOpened()).isBetween(minConnections, maxConnections);
        assertThat(run.leasesNotReturned()).isZero();
        assertThat(Histograms.decode(run.latencyMicros()).getTotalCount()).isEqualTo(TINY.size());
        assertThat(run.wallNanos()).isPositive();
        assertThat(run.connectionNanos()).as("leases held, added up: within the run, at most maxHeld at once")
                .isPositive().isLessThanOrEqualTo(run.wallNanos() * run.peakInFlight());
    }
}
