package io.github.duckdbthreads.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RowSummaryTests {

    private static final long[] FAST = {100, 200, 300};
    private static final long[] SLOW = {1_000, 2_000};

    @Test
    void wallTimesAreTheMedianMinimumAndMaximumOverRuns() {
        RowSummary row = RowSummary.of("executor", List.of(
                Measurements.run("executor", 30, FAST, FAST),
                Measurements.run("executor", 10, FAST, FAST),
                Measurements.run("executor", 20, FAST, FAST)));

        assertThat(row.runs()).isEqualTo(3);
        assertThat(row.medianWallMs()).isEqualTo(20.0);
        assertThat(row.minWallMs()).isEqualTo(10.0);
        assertThat(row.maxWallMs()).isEqualTo(30.0);
        assertThat(row.tasksPerSecond()).isEqualTo(500.0); // 10 tasks in the median 20 ms
        assertThat(row.ratioToLimit()).isNull();
    }

    @Test
    void latenciesAndLagsAreOverEveryValueOfEveryRun() {
        RowSummary row = RowSummary.of("virtual-threads", List.of(
                Measurements.run("virtual-threads", 10, FAST, SLOW),
                Measurements.run("virtual-threads", 10, SLOW, FAST)));

        // latencies: 100, 200, 300, 1000, 2000 µs
        assertThat(row.p50Ms()).isEqualTo(0.3);
        assertThat(row.p99Ms()).isEqualTo(2.0);
        assertThat(row.maxMs()).isEqualTo(2.0);
        assertThat(row.probeLagP99Ms()).isEqualTo(2.0);
        assertThat(row.probeLagMaxMs()).isEqualTo(2.0);
    }

    @Test
    void countsAddUpOverRunsAndPeaksTakeTheHighest() {
        RowSummary row = RowSummary.of("limit", List.of(
                Measurements.run("limit", 10, FAST, FAST),
                Measurements.run("limit", 10, FAST, FAST)));

        assertThat(row.pinnedEvents()).isEqualTo(2);
        assertThat(row.pinnedTotalMs()).isEqualTo(1.0);
        assertThat(row.failedTasks()).isZero();
        assertThat(row.threadsThatRanTasks()).isEqualTo(3);
        assertThat(row.peakLiveThreads()).isEqualTo(20);
        assertThat(row.peakInFlight()).isEqualTo(2);
        assertThat(row.peakHeapMb()).isEqualTo(64.0);
        assertThat(row.insertedRows()).isEqualTo(8);
        assertThat(row.expectedRows()).isEqualTo(8);
    }

    @Test
    void everyRowIsMeasuredAgainstTheLimit() {
        List<RowSummary> rows = Comparison.summarise(Map.of(
                Row.LIMIT, List.of(Measurements.run("limit", 10, FAST, FAST)),
                Row.EXECUTOR, List.of(Measurements.run("executor", 40, FAST, FAST))));

        assertThat(rows).extracting(RowSummary::model).containsExactly("executor", "limit");
        assertThat(rows).extracting(RowSummary::ratioToLimit).containsExactly(0.25, 1.0);
    }

    @Test
    void withoutTheLimitThereIsNoRatio() {
        List<RowSummary> rows = Comparison.summarise(Map.of(
                Row.EXECUTOR, List.of(Measurements.run("executor", 40, FAST, FAST))));

        assertThat(rows.getFirst().ratioToLimit()).isNull();
    }

    @Test
    void aRowWithoutRunsIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> RowSummary.of("executor", List.of()));
    }

    @Test
    void theOrderOfRowsTurnsByOnePlaceEachRun() {
        List<Row> rows = List.of(Row.PLATFORM_THREADS, Row.EXECUTOR, Row.LIMIT);

        assertThat(Comparison.rotated(rows, 0)).containsExactly(Row.PLATFORM_THREADS, Row.EXECUTOR, Row.LIMIT);
        assertThat(Comparison.rotated(rows, 1)).containsExactly(Row.EXECUTOR, Row.LIMIT, Row.PLATFORM_THREADS);
        assertThat(Comparison.rotated(rows, 2)).containsExactly(Row.LIMIT, Row.PLATFORM_THREADS, Row.EXECUTOR);
        assertThat(Comparison.rotated(rows, 3)).containsExactly(Row.PLATFORM_THREADS, Row.EXECUTOR, Row.LIMIT);
    }
}
