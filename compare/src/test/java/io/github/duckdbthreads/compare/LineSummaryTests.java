package io.github.duckdbthreads.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.duckdbthreads.core.ConnectionPolicy.Kind;
import io.github.duckdbthreads.executor.ExecutorDemo;
import io.github.duckdbthreads.platform.PlatformThreadsDemo;

class LineSummaryTests {

    private static final long[] FAST = {100, 200, 300};
    private static final long[] SLOW = {1_000, 2_000};

    @Test
    void wallTimesAreTheMedianMinimumAndMaximumOverRuns() {
        LineSummary row = LineSummary.of(List.of(
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
        LineSummary row = LineSummary.of(List.of(
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
    void theCarrierTraceIsTheMedianOverTheRunsThatHaveOneOfWhatEachSays() {
        LineSummary row = LineSummary.of(List.of(
                Measurements.traced("virtual-threads", new CarrierTrace.Summary(1.0, 10, 4.0, 1.0)),
                Measurements.traced("virtual-threads", new CarrierTrace.Summary(0.8, 0, null, null)),
                Measurements.traced("virtual-threads", null)));

        assertThat(row.sameQueueShare()).isCloseTo(0.9, within(1e-9));
        assertThat(row.probeLateWakes()).isEqualTo(5.0);
        assertThat(row.tasksPerLateWake()).as("only one run had a late wake-up").isEqualTo(4.0);
        assertThat(row.lateWakesPassedOver()).isEqualTo(1.0);
    }

    @Test
    void withoutACarrierTraceItsFieldsAreNull() {
        LineSummary row = LineSummary.of(List.of(Measurements.traced("executor", null)));

        assertThat(List.of(row.sameQueueShare() == null, row.probeLateWakes() == null, row.tasksPerLateWake() == null,
                row.lateWakesPassedOver() == null)).containsOnly(true);
    }

    @Test
    void connectionsInUseAreEveryLeasesTimeOverTheWallTimeMedianOverRuns() {
        LineSummary row = LineSummary.of(List.of(
                Measurements.run("executor", 1, FAST, FAST),
                Measurements.run("executor", 1, SLOW, FAST),
                Measurements.run("executor", 2, SLOW, FAST)));

        // leases held as long as the tasks took: 600 µs in 1 ms; 3,000 µs in 1 ms; 3,000 µs in 2 ms
        assertThat(row.connectionsInUse()).isCloseTo(1.5, within(1e-9));
    }

    @Test
    void countsAddUpOverRunsAndPeaksTakeTheHighest() {
        LineSummary row = LineSummary.of(List.of(
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
        Map<Line, List<RunMeasurement>> measured = new LinkedHashMap<>();
        measured.put(new Line(ExecutorDemo.EXECUTOR, Kind.PER_THREAD), List.of(Measurements.run("executor", 40, FAST, FAST)));
        measured.put(Line.LIMIT, List.of(Measurements.run("limit", 10, FAST, FAST)));

        List<LineSummary> rows = Comparison.summarise(measured);

        assertThat(rows).extracting(LineSummary::model).containsExactly("executor", "limit");
        assertThat(rows).extracting(LineSummary::ratioToLimit).containsExactly(0.25, 1.0);
    }

    @Test
    void withoutTheLimitThereIsNoRatio() {
        List<LineSummary> rows = Comparison.summarise(Map.of(
                new Line(ExecutorDemo.EXECUTOR, Kind.PER_THREAD), List.of(Measurements.run("executor", 40, FAST, FAST))));

        assertThat(rows.getFirst().ratioToLimit()).isNull();
    }

    @Test
    void aRowWithoutRunsIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> LineSummary.of(List.of()));
    }

    @Test
    void theOrderOfRowsTurnsByOnePlaceEachRun() {
        Line platform = new Line(PlatformThreadsDemo.PLATFORM_THREADS, Kind.PER_TASK);
        Line executor = new Line(ExecutorDemo.EXECUTOR, Kind.PER_THREAD);
        List<Line> lines = List.of(platform, executor, Line.LIMIT);

        assertThat(Comparison.rotated(lines, 0)).containsExactly(platform, executor, Line.LIMIT);
        assertThat(Comparison.rotated(lines, 1)).containsExactly(executor, Line.LIMIT, platform);
        assertThat(Comparison.rotated(lines, 2)).containsExactly(Line.LIMIT, platform, executor);
        assertThat(Comparison.rotated(lines, 3)).containsExactly(platform, executor, Line.LIMIT);
    }

    @Test
    void theCensusIsTheMedianOfTheHalfwaySamplesAndTheFirstRunKeepsItsSeries() {
        LineSummary row = LineSummary.of(List.of(
                Measurements.run("virtual-threads", "per-task", 10, FAST, FAST, List.of(
                        new Census.Sample(500, 2, 4000, 0, 300, 1, 90), new Census.Sample(250, 2, 5000, 0, 400, 0, 80))),
                Measurements.run("virtual-threads", "per-task", 10, FAST, FAST, List.of(
                        new Census.Sample(480, 3, 3000, 0, 100, 3, 70))),
                Measurements.run("virtual-threads", "per-task", 10, FAST, FAST, List.of(
                        new Census.Sample(510, 2, 3500, 0, 200, 2, 100)))));

        assertThat(row.censusInDuckdb()).isEqualTo(2.0);
        assertThat(row.censusWaitingForConnection()).isEqualTo(3500.0);
        assertThat(row.censusQueued()).isEqualTo(200.0);
        assertThat(row.censusOther()).isEqualTo(2.0);
        assertThat(row.censusMs()).isEqualTo(90.0);
        assertThat(row.census()).hasSize(2);
        assertThat(row.connections()).isEqualTo("per-task");
    }

    @Test
    void withoutACensusTheCountsAreUnknown() {
        LineSummary row = LineSummary.of(List.of(Measurements.run("limit", 10, FAST, FAST)));

        assertThat(row.censusInDuckdb()).isNull();
        assertThat(row.census()).isEmpty();
    }
}
