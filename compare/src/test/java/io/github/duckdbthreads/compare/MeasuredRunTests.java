package io.github.duckdbthreads.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.github.duckdbthreads.core.DatabaseLocation;
import io.github.duckdbthreads.core.Workload;

/** Each row's model, run once in this JVM with every instrument on, at a tiny size. */
class MeasuredRunTests {

    private static final Workload TINY = new Workload(20, 2, Workload.DEFAULT_SEED);
    private static final int THREADS = 3;
    private static final int MAX_IN_FLIGHT = 2;

    @ParameterizedTest(name = "{0}: tasks ran on {1} threads, at most {2} in flight, {3} connections")
    @CsvSource(textBlock = """
            PLATFORM_THREADS,        22,  22, 22
            EXECUTOR,                 3,   3,  3
            VIRTUAL_THREADS,         22,  22, 22
            VIRTUAL_THREADS_BOUNDED, 22,   2,  2
            SEQUENTIAL,               1,   1, 22
            LIMIT,                    1,   1,  1
            """)
    void everyRowCompletesEveryTaskWithinItsBounds(Row row, int maxThreads, int maxInFlight, int maxConnections)
            throws Exception {
        RunMeasurement run = MeasuredRun.run(row.model(THREADS, MAX_IN_FLIGHT), TINY, new DatabaseLocation.InMemory());

        assertThat(run.complete()).as("complete: %s", run.firstFailure()).isTrue();
        assertThat(run.model()).isEqualTo(row.label());
        assertThat(run.insertedRows()).isEqualTo(20);
        assertThat(run.threadsThatRanTasks()).isBetween(1, maxThreads);
        assertThat(run.peakInFlight()).isBetween(1, maxInFlight);
        assertThat(run.connectionsOpened()).isBetween(1, maxConnections);
        assertThat(Histograms.decode(run.latencyMicros()).getTotalCount()).isEqualTo(TINY.size());
        assertThat(run.wallNanos()).isPositive();
    }

    @ParameterizedTest(name = "{0} runs every task on one thread and {1} connections")
    @CsvSource(textBlock = """
            SEQUENTIAL, 22
            LIMIT,       1
            """)
    void referenceRowsRunOnOneThread(Row row, int connections) throws Exception {
        RunMeasurement run = MeasuredRun.run(row.model(THREADS, MAX_IN_FLIGHT), TINY, new DatabaseLocation.InMemory());

        assertThat(run.threadsThatRanTasks()).isEqualTo(1);
        assertThat(run.connectionsOpened()).isEqualTo(connections);
        assertThat(run.connectionsClosed()).isEqualTo(connections);
    }
}
