package io.github.duckdbthreads.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.duckdbthreads.core.ConnectionPolicy.Kind;
import io.github.duckdbthreads.executor.ExecutorDemo;

class YardstickSummaryTests {

    private static final NodeBench BENCH = new NodeBench(Path.of("docs/examples/node-api/bench.mjs"), "v20.20.2",
            NodeBench.TIMEOUT);
    private static final long[] FAST = {100, 200, 300};

    /** Two rows of 10 tasks each: the executor at 250 tasks/s (40 ms), the limit at 1000 tasks/s (10 ms). */
    private static List<LineSummary> rows() {
        Map<Line, List<RunMeasurement>> measured = new LinkedHashMap<>();
        measured.put(new Line(ExecutorDemo.EXECUTOR, Kind.PER_THREAD), List.of(Measurements.run("executor", 40, FAST, FAST)));
        measured.put(Line.LIMIT, List.of(Measurements.run("limit", 10, FAST, FAST)));
        return Comparison.summarise(measured);
    }

    @Test
    void wallTimesAreTheMedianMinimumAndMaximumOverRuns() {
        YardstickSummary node = YardstickSummary.of(BENCH, 8, 2, new long[] {30_000_000, 10_000_000, 20_000_000}, rows());

        assertThat(node.client()).isEqualTo("Node.js v20.20.2");
        assertThat(node.program()).isEqualTo(Path.of("docs/examples/node-api/bench.mjs").toString());
        assertThat(node.runs()).isEqualTo(3);
        assertThat(node.medianWallMs()).isEqualTo(20.0);
        assertThat(node.minWallMs()).isEqualTo(10.0);
        assertThat(node.maxWallMs()).isEqualTo(30.0);
        assertThat(node.tasksPerSecond()).isEqualTo(500.0); // 10 tasks in the median 20 ms
    }

    @Test
    void theBestRowOfThePointIsMeasuredAgainstIt() {
        YardstickSummary node = YardstickSummary.of(BENCH, 8, 2, new long[] {20_000_000}, rows());

        assertThat(node.bestRow()).isEqualTo("limit per-thread");
        assertThat(node.bestRowOverIt()).isEqualTo(2.0); // 1000 tasks/s over 500
    }

    @Test
    void aRunOfNoTimeHasNoRatio() {
        YardstickSummary node = YardstickSummary.of(BENCH, 8, 2, new long[] {0}, rows());

        assertThat(node.tasksPerSecond()).isZero();
        assertThat(node.bestRowOverIt()).isNull();
    }

    @Test
    void aYardstickWithoutRunsOrRowsIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> YardstickSummary.of(BENCH, 8, 2, new long[0], rows()));
        assertThatIllegalArgumentException().isThrownBy(() -> YardstickSummary.of(BENCH, 8, 2, new long[] {1}, List.of()));
    }
}
