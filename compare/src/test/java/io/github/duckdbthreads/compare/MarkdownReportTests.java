package io.github.duckdbthreads.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.github.duckdbthreads.core.ConnectionPolicy.Kind;
import io.github.duckdbthreads.core.cli.Options;
import io.github.duckdbthreads.core.database.DatabaseLocation;
import io.github.duckdbthreads.core.workload.Workload;
import io.github.duckdbthreads.executor.ExecutorDemo;

class MarkdownReportTests {

    private static final Machine MACHINE = new Machine(2, "AMD EPYC", 24L << 30, "Linux 6.1 amd64",
            "Eclipse Adoptium 25.0.3+9-LTS (OpenJDK 64-Bit Server VM)", "DuckDB v2.0.0 (duckdb_jdbc 2.0.0.1)",
            List.of("--enable-preview", "-Xmx1g"));

    private static final Settings SETTINGS = new Settings(List.of(new Options(Workload.guide(), new DatabaseLocation.InMemory(),
            2, Optional.of(2), Optional.empty())), 3, 1,
            List.of(new Line(ExecutorDemo.EXECUTOR, Kind.PER_THREAD), Line.LIMIT), Optional.empty());

    private static final long[] LATENCIES = {400, 600, 2_500};

    private static final List<LineSummary> ROWS = Comparison.summarise(Map.of(
            new Line(ExecutorDemo.EXECUTOR, Kind.PER_THREAD), List.of(Measurements.run("executor", 40, LATENCIES, LATENCIES))));

    private static final String COMMAND = "./mvnw -pl compare exec:java -Dexec.args=\"--runs 3 --models executor,limit\"";

    @Test
    void endsWithOneTasksStepsWhenTheyWereTimed() {
        TaskCost.Steps steps = new TaskCost.Steps("v2.0.0", 1, "enable_optimizer=false", 5000, 44, 361, 627, 13,
                650, 191, 875);

        String with = MarkdownReport.render(new Report(MACHINE, SETTINGS, COMMAND, ROWS, List.of(), steps));
        String without = MarkdownReport.render(new Report(MACHINE, SETTINGS, COMMAND, ROWS, List.of(), null));

        assertThat(with).endsWith("\n### One task, step by step: median of 5000 on one thread, DuckDB v2.0.0,"
                + " 1 worker thread, enable_optimizer=false\n\n| step | median µs |\n| --- | ---: |\n"
                + "| duplicate the root | 44 |\n| prepare the INSERT | 361 |\n| execute it | 627 |\n"
                + "| close statement, connection | 13 |\n| execute on a kept connection | 650 |\n"
                + "| a kept SELECT 1 | 191 |\n| a whole task, one Statement | 875 |\n");
        assertThat(without).doesNotContain("step by step");
    }

    @Test
    void saysWhatRanWhereAndHowToRunItAgain() {
        String report = MarkdownReport.render(new Report(MACHINE, SETTINGS, COMMAND, ROWS, List.of(), null));

        assertThat(report).startsWith("## 50 writers, 5 readers, I/O latency 0ms, database :memory:\n\n"
                        + "Seed 6; 3 measured runs per row, each in a fresh JVM after 1 warm-up run; executor pool 2"
                        + " threads; bounded virtual threads 2 in flight;")
                .contains("Machine: 2 cores (AMD EPYC), 24 GiB, Linux 6.1 amd64; Eclipse Adoptium 25.0.3+9-LTS"
                        + " (OpenJDK 64-Bit Server VM); DuckDB v2.0.0 (duckdb_jdbc 2.0.0.1).  \n"
                        + "Flags of every measuring JVM: `--enable-preview -Xmx1g`\n")
                .contains("```\n" + COMMAND + "\n```\n")
                .contains(Columns.markdown(ROWS));
    }

    @Test
    void putsTheOtherClientUnderItsPointsTableAgainstTheBestRow() {
        NodeBench node = new NodeBench(Path.of("bench.mjs"), "v20.20.2", NodeBench.TIMEOUT);
        YardstickSummary yardstick = YardstickSummary.of(node, 8, 2, new long[] {20_000_000}, ROWS);

        String report = MarkdownReport.render(new Report(MACHINE, SETTINGS, COMMAND, ROWS, List.of(yardstick), null));

        assertThat(report).contains("#### Other clients of DuckDB, same run\n\n")
                .contains("The best row of the table above, `executor per-thread`, over each:\n\n"
                        + "| client | program | wall ms | min | max | tasks/s | best row over it |\n"
                        + "| --- | --- | ---: | ---: | ---: | ---: | ---: |\n"
                        + "| Node.js v20.20.2 | bench.mjs | 20.0 | 20.0 | 20.0 | 500 | 0.50 |\n");
        assertThat(report.indexOf("#### Other clients")).isGreaterThan(report.indexOf(Columns.markdown(ROWS)));
    }

    @Test
    void withoutAnotherClientThereIsNoSectionForIt() {
        assertThat(MarkdownReport.render(new Report(MACHINE, SETTINGS, COMMAND, ROWS, List.of(), null)))
                .doesNotContain("Other clients");
    }

    @Test
    void drawsHorizontalBarsFromZeroThatSayWhichWayIsBetter() {
        String chart = MarkdownReport.chart("Throughput (tasks/s, higher is better)", "tasks/s", ROWS,
                LineSummary::tasksPerSecond, 0);

        assertThat(chart).isEqualTo("""
                ```mermaid
                xychart-beta horizontal
                    title "Throughput (tasks/s, higher is better)"
                    x-axis ["executor per-thread"]
                    y-axis "tasks/s" 0 --> 300
                    bar [250]
                ```
                """);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            0,      1
            0.4,    0.5
            2.6,    3
            97,     120
            250,    300
            1366,   1500
            4163,   5000
            9500,   10000
            """)
    void theAxisEndsJustPastTheLargestBar(double largest, double end) {
        assertThat(MarkdownReport.niceCeiling(largest)).isCloseTo(end, offset(1e-9));
    }
}
