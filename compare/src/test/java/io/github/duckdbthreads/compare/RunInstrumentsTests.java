package io.github.duckdbthreads.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.github.duckdbthreads.core.DatabaseLocation;
import io.github.duckdbthreads.core.Options;
import io.github.duckdbthreads.core.Workload;

/** Each row's model, run once in this JVM with every instrument on, at a tiny size. */
class RunInstrumentsTests {

    private static final Workload TINY = new Workload(20, 2, Workload.DEFAULT_SEED);
    private static final Options OPTIONS = new Options(TINY, new DatabaseLocation.InMemory(), 3, Optional.of(2),
            Optional.empty());

    /**
     * A thread per task runs each of the 22 tasks on a thread of its own and opens a connection for it; the
     * pool's 3 workers each start with a task of their own (a fixed pool adds a worker per submission until
     * it is full) and keep one connection each; the bounded row holds at most 2 connections at once, from
     * its pool; the reference rows run on one thread.
     */
    @ParameterizedTest(name = "{0}: {1} task threads, {2} to {3} in flight, {4} to {5} connections")
    @CsvSource(textBlock = """
            PLATFORM_THREADS,        22, 1, 22, 22, 22
            EXECUTOR,                 3, 1,  3,  3,  3
            VIRTUAL_THREADS,         22, 1, 22, 22, 22
            VIRTUAL_THREADS_BOUNDED, 22, 1,  2,  1,  2
            SEQUENTIAL,               1, 1,  1, 22, 22
            LIMIT,                    1, 1,  1,  1,  1
            """)
    void everyRowCompletesEveryTaskWithinItsBounds(Row row, int taskThreads, int minInFlight, int maxInFlight,
                                                   int minConnections, int maxConnections) throws Exception {
        RunMeasurement run = RunInstruments.measure(row.model(OPTIONS), OPTIONS);

        assertThat(run.complete()).as("complete: %s", run.firstFailure()).isTrue();
        assertThat(run.model()).isEqualTo(row.label());
        assertThat(run.insertedRows()).isEqualTo(20);
        assertThat(run.threadsThatRanTasks()).isEqualTo(taskThreads);
        assertThat(run.peakInFlight()).isBetween(minInFlight, maxInFlight);
        assertThat(run.connectionsOpened()).isBetween(minConnections, maxConnections);
        assertThat(run.leasesNotReturned()).isZero();
        assertThat(Histograms.decode(run.latencyMicros()).getTotalCount()).isEqualTo(TINY.size());
        assertThat(run.wallNanos()).isPositive();
    }
}
