package io.github.duckdbthreads.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.github.duckdbthreads.core.cli.ExitStatus;

class CompareTests {

    private static final List<String> ROW_FIELDS = List.of("model", "connections", "median_wall_ms", "min_wall_ms", "max_wall_ms",
            "tasks_per_second", "ratio_to_limit", "p50_ms", "p99_ms", "max_ms", "threads_that_ran_tasks",
            "peak_live_threads", "peak_in_flight", "connections_in_use", "peak_heap_mb", "probe_lag_p99_ms", "probe_lag_max_ms",
            "pinned_events", "pinned_total_ms", "failed_tasks", "inserted_rows", "expected_rows",
            "census_in_duckdb", "census_waiting_for_connection", "census_queued", "census_other", "census_ms", "census",
            "same_queue_share", "probe_late_wakes", "tasks_per_late_wake", "late_wakes_passed_over");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int compare(String... args) {
        return Compare.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void everyRowRunsInItsOwnJvmWithEveryInsertAndTheOutputsHoldEveryField(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("compare.json");
        Path report = dir.resolve("compare.md");

        int status = compare("--writers", "20", "--readers", "2", "--runs", "1", "--warmup", "0",
                "--json", json.toString(), "--report", report.toString());

        assertThat(status).as(err()).isZero();
        JsonNode root = Json.MAPPER.readTree(json.toFile());
        assertThat(root.path("machine").path("cores").asInt()).isPositive();
        assertThat(root.path("machine").path("jdk").asText()).contains("25");
        assertThat(root.path("machine").path("duckdb").asText()).startsWith("DuckDB v");
        List<String> models = new ArrayList<>();
        for (JsonNode row : root.path("rows")) {
            models.add(row.path("model").asText() + " " + row.path("connections").asText());
            assertThat(ROW_FIELDS).allSatisfy(field -> assertThat(row.has(field)).as(field).isTrue());
            assertThat(row.path("failed_tasks").asLong()).isZero();
            assertThat(row.path("inserted_rows").asLong()).isEqualTo(20);
            assertThat(row.path("expected_rows").asLong()).isEqualTo(20);
            assertThat(row.path("runs").asInt()).isEqualTo(1);
            assertThat(row.path("tasks_per_second").asDouble()).isPositive();
            // Halfway through a run of 22 tasks: eleven have completed, at most eleven are left to place.
            assertThat(row.path("census").size()).isOne();
            assertThat(row.path("census_in_duckdb").asInt() + row.path("census_waiting_for_connection").asInt()
                    + row.path("census_queued").asInt() + row.path("census_other").asInt()).isBetween(0, 11);
        }
        int cores = Runtime.getRuntime().availableProcessors();
        assertThat(models).containsExactly("platform-threads per-task", "platform-threads pooled(" + cores + ")",
                "executor per-thread", "executor per-task", "executor pooled(" + cores + ")",
                "virtual-threads per-task", "virtual-threads pooled(" + cores + ")",
                "virtual-threads-bounded per-task", "virtual-threads-bounded pooled(" + cores + ")",
                "virtual-thread-executor per-task", "virtual-thread-executor pooled(" + cores + ")",
                "sequential per-task", "limit per-thread");
        assertThat(root.path("rows").get(12).path("ratio_to_limit").asDouble()).isEqualTo(1.0);
        assertThat(out()).contains("Machine: ").contains("DuckDB v");
        assertThat(out().lines().filter(line -> line.matches("(platform-threads|executor|virtual-threads"
                + "|virtual-threads-bounded|virtual-thread-executor|sequential|limit) .*"))).hasSize(13);
        assertThat(err()).contains("run 1 of 1: platform-threads per-task", "run 1 of 1: limit per-thread");
        assertThat(Files.readString(report)).contains("xychart-beta", "| virtual-threads-bounded |",
                "-Dexec.args=\"--writers 20 --readers 2");
    }

    @Test
    void sweepsTheWritersAndTheIoLatencyAndGroupsTheRowsByPoint(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("sweep.json");
        Path report = dir.resolve("sweep.md");

        int status = compare("--writers", "10,20", "--readers", "1", "--io-latency", "0ms,5ms", "--runs", "1",
                "--warmup", "0", "--models", "executor,virtual-threads", "--connections", "per-thread,per-task",
                "--json", json.toString(), "--report", report.toString());

        assertThat(status).as(err()).isZero();
        List<String> points = new ArrayList<>();
        for (JsonNode row : Json.MAPPER.readTree(json.toFile()).path("rows")) {
            points.add(row.path("writers").asInt() + "/" + row.path("io_latency_ms").asDouble() + " "
                    + row.path("model").asText() + " " + row.path("connections").asText());
            assertThat(row.path("inserted_rows").asInt()).isEqualTo(row.path("writers").asInt());
        }
        assertThat(points).containsExactly(
                "10/0.0 executor per-thread", "10/0.0 executor per-task", "10/0.0 virtual-threads per-task",
                "10/5.0 executor per-thread", "10/5.0 executor per-task", "10/5.0 virtual-threads per-task",
                "20/0.0 executor per-thread", "20/0.0 executor per-task", "20/0.0 virtual-threads per-task",
                "20/5.0 executor per-thread", "20/5.0 executor per-task", "20/5.0 virtual-threads per-task");
        assertThat(out()).contains("10 writers, 1 readers, I/O latency 0ms\n", "10 writers, 1 readers, I/O latency 5ms\n",
                "20 writers, 1 readers, I/O latency 5ms\n");
        assertThat(Files.readString(report)).contains("### Across the sweep", "| executor per-thread |",
                "virtual-threads per-task: tasks/s (higher is better)");
    }

    @Test
    void runsOnlyTheConnectionPoliciesAskedFor() throws Exception {
        int status = compare("--writers", "10", "--readers", "1", "--runs", "1", "--warmup", "0",
                "--models", "executor,limit", "--connections", "per-task");

        assertThat(status).as(err()).isZero();
        assertThat(out().lines().filter(line -> line.startsWith("executor ") || line.startsWith("limit ")))
                .singleElement().asString().matches("executor +per-task .*");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            --runs 0                     | runs must be at least 1, got 0
            --warmup -1                  | warmup must be zero or more, got -1
            --writers -3                 | writers must be 0 to 1000000, got -3
            --threads 0                  | threads must be at least 1, got 0
            --max-in-flight 0            | max-in-flight must be at least 1, got 0
            --models executor,nope       | --models: unknown model 'nope'
            --runs many                  | Invalid value for option '--runs'
            --frobnicate                 | Unknown option: '--frobnicate'
            --json /no/such/dir/out.json | --json /no/such/dir/out.json: not a file in a writable directory
            --writers 10000              | platform-threads runs at most 10000 tasks, and --writers and --readers make 10005; leave it out with --models
            --timeout soon               | --timeout 'soon' is not a duration
            --connections shared         | Invalid value for option '--connections' (POLICY): 'shared' is not one of per-task, per-thread, pooled
            --models limit --connections pooled | --connections pooled: none of the chosen models runs with it
            --census-every soon          | --census-every 'soon' is not a duration
            --io-latency 1ms,soon        | --io-latency 'soon' is not a duration
            --task-cost 0                | --task-cost must be at least 1, got 0
            --task-cost-setting enable_optimizer=false | --task-cost-setting is a setting of --task-cost; add --task-cost
            --task-cost --task-cost-setting threads=1  | --task-cost-setting threads: DuckDB's threads are the rows' --duckdb-threads
            --task-cost --task-cost-setting off        | Value for option option '--task-cost-setting' (NAME=VALUE) should be in KEY=VALUE format
            --task-cost --task-cost-setting nope=1     | --task-cost-setting: Invalid Input Error: The following options were not recognized: nope
            --writers 10,20000           | platform-threads runs at most 10000 tasks, and --writers and --readers make 20005
            """)
    void aBadCommandLineIsOneLineAndStatusTwo(String args, String message) {
        int status = compare(args.split(" "));

        assertThat(status).isEqualTo(ExitStatus.USAGE);
        assertThat(err().lines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("compare: ").contains(message).endsWith("(see --help)"));
        assertThat(out()).isEmpty();
    }

    @Test
    void timesOneTasksStepsInAJvmOfItsOwnWithTheRowsDuckdbThreads(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("compare.json");
        Path report = dir.resolve("compare.md");

        int status = compare("--writers", "10", "--readers", "1", "--runs", "1", "--warmup", "0", "--models", "limit",
                "--duckdb-threads", "1", "--task-cost", "20", "--task-cost-setting", "enable_optimizer=false",
                "--json", json.toString(), "--report", report.toString());

        assertThat(status).as(err()).isZero();
        JsonNode steps = Json.MAPPER.readTree(json.toFile()).path("task_cost");
        assertThat(steps.path("tasks").asInt()).isEqualTo(20);
        assertThat(steps.path("threads").asLong()).as("the rows' --duckdb-threads").isOne();
        assertThat(steps.path("settings").asText()).isEqualTo("enable_optimizer=false");
        assertThat(steps.path("duckdb").asText()).startsWith("v");
        assertThat(List.of("duplicate_us", "prepare_us", "execute_us", "close_us", "kept_execute_us",
                "kept_select1_us", "one_statement_us"))
                .allSatisfy(step -> assertThat(steps.path(step).asDouble()).as(step).isPositive());
        assertThat(out()).containsPattern("\\nDuckDB v[^,]+, 1 worker threads, enable_optimizer=false\\nper task, median of 20:\\n"
                + "  duplicate the root +\\d+ us\\n");
        assertThat(Files.readString(report)).contains("### One task, step by step: median of 20 on one thread, DuckDB v",
                "1 worker thread, enable_optimizer=false\n",
                "| a whole task, one Statement | ");
    }

    @Test
    void tracesTheSchedulersQueuesForTheRowsWhoseTasksRunOnVirtualThreads(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("compare.json");
        Path report = dir.resolve("compare.md");

        int status = compare("--writers", "200", "--readers", "20", "--runs", "1", "--warmup", "0", "--models",
                "executor,virtual-threads-bounded", "--connections", "per-thread,pooled", "--carrier-trace",
                "--json", json.toString(), "--report", report.toString());

        assertThat(status).as(err()).isZero();
        JsonNode root = Json.MAPPER.readTree(json.toFile());
        assertThat(root.path("settings").path("carrier_trace").asBoolean()).isTrue();
        assertThat(root.path("machine").path("jvm_flags").toString()).as("the measuring JVMs' flags, as they ran")
                .contains("--add-opens=java.base/java.util.concurrent=ALL-UNNAMED");
        JsonNode executor = root.path("rows").get(0);
        JsonNode bounded = root.path("rows").get(2);
        assertThat(executor.path("model").asText() + " " + bounded.path("model").asText())
                .isEqualTo("executor virtual-threads-bounded");
        assertThat(executor.path("same_queue_share").isNull()).as("its tasks run on platform threads").isTrue();
        assertThat(bounded.path("same_queue_share").asDouble()).isBetween(0.0, 1.0);
        assertThat(bounded.path("probe_late_wakes").isNumber()).isTrue();
        assertThat(out()).contains("\nCarrier trace: which scheduler queue each virtual task thread came from");
        assertThat(out().lines().filter(line -> line.startsWith("virtual-threads-bounded  pooled(")))
                .as("a line in the rows' table and one in the trace's").hasSize(2);
        assertThat(out().lines().filter(line -> line.startsWith("executor "))).hasSize(2);
        assertThat(Files.readString(report)).contains("#### Carrier trace", "| virtual-threads-bounded | pooled(");
    }

    @Test
    void timesTheNodeProgramInEachRoundAndComparesTheBestRowWithIt(@TempDir Path dir) throws Exception {
        NodeBench node = FakeNode.printing(dir, "12.5 ms, 20 rows");
        Path json = dir.resolve("compare.json");
        Path report = dir.resolve("compare.md");

        int status = compare("--writers", "20", "--readers", "2", "--runs", "1", "--warmup", "0", "--models", "limit",
                "--node-bench", node.program().toString(), "--json", json.toString(), "--report", report.toString());

        assertThat(status).as(err()).isZero();
        JsonNode root = Json.MAPPER.readTree(json.toFile());
        assertThat(root.path("task_cost").isNull()).as("no --task-cost, no steps").isTrue();
        JsonNode yardstick = root.path("yardsticks").get(0);
        assertThat(root.path("yardsticks").size()).isOne();
        assertThat(yardstick.path("client").asText()).isEqualTo(node.client());
        assertThat(yardstick.path("program").asText()).isEqualTo(node.program().toString());
        assertThat(yardstick.path("runs").asInt()).isOne();
        assertThat(yardstick.path("median_wall_ms").asDouble()).isEqualTo(12.5);
        assertThat(yardstick.path("tasks_per_second").asDouble()).isEqualTo(1760.0); // 22 tasks in 12.5 ms
        assertThat(yardstick.path("best_row").asText()).isEqualTo("limit per-thread");
        assertThat(yardstick.path("best_row_over_it").asDouble()).isPositive()
                .isEqualTo(root.path("rows").get(0).path("tasks_per_second").asDouble() / 1760.0);
        assertThat(err()).contains("run 1 of 1: limit per-thread", "run 1 of 1: node bench.mjs, 20 writers, 2 readers,"
                + " I/O latency 0ms ... 12.5 ms");
        assertThat(out()).contains("Other clients of DuckDB, same run (best row above: limit per-thread)\n");
        assertThat(out().lines().filter(line -> line.startsWith(node.client()))).singleElement().asString()
                .contains(node.program().toString(), "12.5", "1760");
        assertThat(Files.readString(report)).contains("#### Other clients of DuckDB, same run", "`limit per-thread`",
                "| " + node.client() + " | " + node.program() + " | 12.5 |");
    }

    @Test
    void aNodeRunThatFailsIsOneLineAndStatusOne(@TempDir Path dir) throws Exception {
        NodeBench node = FakeNode.printing(dir, "12.5 ms, 19 rows");

        int status = compare("--writers", "20", "--readers", "2", "--runs", "1", "--warmup", "0", "--models", "limit",
                "--node-bench", node.program().toString());

        assertThat(status).isEqualTo(ExitStatus.FAILURE);
        assertThat(err().lines().filter(line -> line.startsWith("compare: "))).containsExactly(
                "compare: node bench.mjs, run 1 of 1: left 19 rows, not one per writer (20)");
        assertThat(err()).doesNotContain("Exception", "\tat ");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            --node-bench DIR/missing.mjs                  | --node-bench DIR/missing.mjs: no such file
            --node-bench DIR                              | --node-bench DIR: not a file
            --node-bench DIR/bench.mjs --db DIR/x.duckdb  | --node-bench DIR/bench.mjs: the Node.js program runs in memory only, and --db is DIR/x.duckdb; leave out --db
            --node-bench DIR/bench.mjs --io-latency 0ms,5ms | --node-bench DIR/bench.mjs: the Node.js program has no I/O latency; leave out --io-latency
            """)
    void aNodeProgramThatCannotRunTheWorkloadIsOneLineAndStatusTwo(String args, String message, @TempDir Path dir)
            throws Exception {
        Files.writeString(dir.resolve("bench.mjs"), "console.log('12.5 ms, 50 rows');\n");

        // A dry run: were a check to let the command line through, it would end there, not in a comparison.
        int status = compare((args + " --dry-run").replace("DIR", dir.toString()).split(" "));

        assertThat(status).isEqualTo(ExitStatus.USAGE);
        assertThat(err().lines()).singleElement().isEqualTo("compare: " + message.replace("DIR", dir.toString())
                + " (see --help)");
        assertThat(out()).isEmpty();
    }

    @Test
    void aDryRunSaysWhatElseWouldBeMeasured() {
        int status = compare("--models", "limit", "--carrier-trace", "--task-cost", "20", "--task-cost-setting",
                "enable_optimizer=false", "--dry-run");

        assertThat(status).as(err()).isZero();
        assertThat(out()).contains("Would trace the scheduler's queues in every measured run, with"
                        + " --add-opens=java.base/java.lang=ALL-UNNAMED",
                "Would also time one task's steps, 20 of each on one thread, in one more JVM, with"
                        + " enable_optimizer=false\n");
    }

    @Test
    void aDryRunSaysTheNodeProgramWouldBeTimedToo(@TempDir Path dir) throws Exception {
        NodeBench node = FakeNode.printing(dir, "12.5 ms, 50 rows");

        int status = compare("--writers", "20,40", "--runs", "3", "--node-bench", node.program().toString(), "--dry-run");

        assertThat(status).as(err()).isZero();
        assertThat(out()).contains("Would also time " + node.program() + " on " + node.client()
                + " once per round of runs, beside the rows: 2 points x 3 runs\n");
    }

    @Test
    void aBlankDatabaseIsOneLineAndStatusTwo() {
        int status = compare("--db", " ");

        assertThat(status).isEqualTo(ExitStatus.USAGE);
        assertThat(err()).isEqualTo("compare: --db needs a file path or :memory: (see --help)" + System.lineSeparator());
    }

    @Test
    void aDatabaseThatCannotBeOpenedIsOneLineAndStatusOne(@TempDir Path dir) {
        int status = compare("--db", dir.resolve("missing").resolve("x.duckdb").toString());

        assertThat(status).isEqualTo(ExitStatus.FAILURE);
        assertThat(err().lines()).singleElement().satisfies(line -> assertThat(line).startsWith("compare: "));
        assertThat(out()).isEmpty();
    }

    @Test
    void helpListsEveryOption() {
        int status = compare("--help");

        assertThat(status).isZero();
        assertThat(out()).contains("--writers", "--readers", "--seed", "--db", "--runs", "--warmup", "--threads",
                "--max-in-flight", "--models", "--node-bench", "--task-cost", "--carrier-trace", "--json", "--report", "--help")
                .contains("(default: :memory:)");
    }
}
