package io.github.duckdbthreads.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.github.duckdbthreads.core.DatabaseLocation;
import io.github.duckdbthreads.core.Options;
import io.github.duckdbthreads.core.Workload;

class MarkdownReportTests {

    private static final Machine MACHINE = new Machine(2, "AMD EPYC", 24L << 30, "Linux 6.1 amd64",
            "Eclipse Adoptium 25.0.3+9-LTS (OpenJDK 64-Bit Server VM)", "DuckDB v2.0.0 (duckdb_jdbc 2.0.0.1)",
            List.of("--enable-preview", "-Xmx1g"));

    private static final Settings SETTINGS = new Settings(new Options(Workload.guide(), new DatabaseLocation.InMemory(),
            2, Optional.of(2), Optional.empty()), 3, 1, List.of(Row.EXECUTOR, Row.LIMIT));

    private static final List<RowSummary> ROWS = List.of(
            new RowSummary("executor", 3, 40.25, 39.5, 41.0, 1366.46, 0.8, 0.61, 2.5, 3.125,
                    2, 14, 2, 9.4, 2.56, 3.0, 0, 0, 0, 50, 50),
            new RowSummary("limit", 3, 32.2, 31.0, 35.0, 1708.07, 1.0, 0.43, 1.61, 1.61,
                    1, 13, 1, 9.0, 2.8, 2.8, 1, 0.25, 0, 50, 50));

    private static final Report REPORT = new Report(MACHINE, SETTINGS,
            "./mvnw -pl compare exec:java -Dexec.args=\"--runs 3 --models executor,limit\"", ROWS);

    @Test
    void rendersWorkloadMachineCommandTableAndCharts() {
        assertThat(MarkdownReport.render(REPORT)).isEqualTo("""
                ## 50 writers, 5 readers, database :memory:

                Seed 6; 3 measured runs per model, each in a fresh JVM after 1 warm-up run; executor pool 2 threads; \
                bounded virtual threads 2 in flight.

                Machine: 2 cores (AMD EPYC), 24 GiB, Linux 6.1 amd64; Eclipse Adoptium 25.0.3+9-LTS (OpenJDK 64-Bit Server VM); \
                DuckDB v2.0.0 (duckdb_jdbc 2.0.0.1).\s\s
                Flags of every measuring JVM: `--enable-preview -Xmx1g`

                ```
                ./mvnw -pl compare exec:java -Dexec.args="--runs 3 --models executor,limit"
                ```

                | model | wall ms | min | max | tasks/s | x limit | p50 ms | p99 ms | max ms | task threads | peak threads \
                | in flight | heap MB | lag p99 ms | lag max ms | pinned | pinned ms | failed |
                | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: \
                | ---: | ---: | ---: |
                | executor | 40.3 | 39.5 | 41.0 | 1366 | 0.80 | 0.61 | 2.50 | 3.13 | 2 | 14 | 2 | 9 | 2.6 | 3.0 | 0 | 0.0 | 0 |
                | limit | 32.2 | 31.0 | 35.0 | 1708 | 1.00 | 0.43 | 1.61 | 1.61 | 1 | 13 | 1 | 9 | 2.8 | 2.8 | 1 | 0.3 | 0 |

                ```mermaid
                xychart-beta
                    title "Throughput (tasks/s, higher is better)"
                    x-axis ["executor", "limit"]
                    y-axis "tasks/s"
                    bar [1366, 1708]
                ```

                ```mermaid
                xychart-beta
                    title "Probe lag p99 (ms, lower is better)"
                    x-axis ["executor", "limit"]
                    y-axis "ms"
                    bar [2.6, 2.8]
                ```
                """);
    }

    @Test
    void theTerminalTableAlignsNumbersRight() {
        assertThat(Columns.text(ROWS)).startsWith("""
                model     wall ms   min   max  tasks/s  x limit  p50 ms  p99 ms  max ms  task threads  peak threads\
                  in flight  heap MB  lag p99 ms  lag max ms  pinned  pinned ms  failed
                executor     40.3  39.5  41.0     1366     0.80    0.61    2.50    3.13             2            14\
                          2        9         2.6         3.0       0        0.0       0
                limit        32.2  31.0  35.0     1708     1.00    0.43    1.61    1.61             1            13\
                          1        9         2.8         2.8       1        0.3       0
                """);
    }
}
