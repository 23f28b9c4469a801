package io.github.duckdbthreads.core.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.github.duckdbthreads.core.InCallerThread;
import io.github.duckdbthreads.core.ModelResult;
import io.github.duckdbthreads.core.Task;
import io.github.duckdbthreads.core.TaskFailure;
import io.github.duckdbthreads.core.TaskPhase;
import io.github.duckdbthreads.core.ThreadingModel;
import io.github.duckdbthreads.core.database.DatabaseLocation;
import io.github.duckdbthreads.core.workload.Workload;

class RunnerTests {

    /** Runs tasks one after another on the calling thread: enough to test the command line around a model. */
    static final ModelSpec IN_CALLER_THREAD = ModelSpec.of("in-caller-thread",
            (options, connections) -> new InCallerThread());
    static final Demo DEMO = Demo.of("demo-test", "Runs the workload for a test.", RunnerTests.class, IN_CALLER_THREAD);
    static final Demo POOLED = Demo.of("demo-test", "Runs the workload for a test.", RunnerTests.class,
            IN_CALLER_THREAD.takes(WorkloadOptions.THREADS));

    @TempDir
    Path dir;

    @Nested
    class Parsing {

        @Test
        void defaultsToTheGuidesWorkloadOnItsFile() {
            Options options = Runner.parse(POOLED, new String[0], System.out);

            assertThat(options.workload()).isEqualTo(new Workload(50, 5, 6));
            assertThat(options.database()).isEqualTo(new DatabaseLocation.OnDisk(Path.of("my_persistent_db.duckdb")));
            assertThat(options.threads()).isEqualTo(Runtime.getRuntime().availableProcessors());
        }

        @Test
        void readsEveryFlag() {
            Options options = Runner.parse(POOLED,
                    new String[] {"--writers", "7", "--readers=3", "--seed", "-42", "--db", ":memory:", "--threads", "9"},
                    System.out);

            assertThat(options).isEqualTo(new Options(new Workload(7, 3, -42), new DatabaseLocation.InMemory(), 9));
        }

        @Test
        void readsAnIoLatencyOfZeroOrMore() {
            assertThat(Runner.parse(DEMO, new String[0], System.out).workload().ioLatency()).isZero();
            assertThat(Runner.parse(DEMO, new String[] {"--io-latency", "20ms"}, System.out).workload().ioLatency())
                    .isEqualTo(java.time.Duration.ofMillis(20));
            assertThat(Runner.parse(DEMO, new String[] {"--io-latency", "0s"}, System.out).workload().ioLatency())
                    .isZero();
        }

        @Test
        void acceptsZeroWritersAndReaders() {
            Options options = Runner.parse(DEMO, new String[] {"--writers", "0", "--readers", "0"}, System.out);

            assertThat(options.workload().size()).isZero();
        }
    }

    @ParameterizedTest(name = "{0} -> \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            --bogus                         | demo-test: Unknown option: '--bogus' (see --help)
            --writers                       | demo-test: Missing required parameter for option '--writers' (N) (see --help)
            --writers ten                   | demo-test: Invalid value for option '--writers': 'ten' is not an int (see --help)
            --writers 99999999999           | demo-test: Invalid value for option '--writers': '99999999999' is not an int (see --help)
            --writers -1                    | demo-test: --writers must be 0 to 1000000, got -1 (see --help)
            --readers -5                    | demo-test: --readers must be 0 to 1000000, got -5 (see --help)
            --seed x                        | demo-test: Invalid value for option '--seed': 'x' is not a long (see --help)
            --threads 2                     | demo-test: Unknown options: '--threads', '2' (see --help)
            --writers 2147483647 --readers 1 | demo-test: --writers 2147483647 and --readers 1 make 2147483648 tasks; this demo runs at most 2000000 (see docs/failures.md) (see --help)
            stray                           | demo-test: Unmatched argument at index 0: 'stray' (see --help)
            """)
    void rejectsBadInputWithOneLineAndStatusTwo(String args, String message) {
        Result result = run(DEMO, args.split(" "));

        assertThat(result.status()).isEqualTo(ExitStatus.USAGE);
        assertThat(result.err()).isEqualTo(message + System.lineSeparator());
        assertThat(result.out()).isEmpty();
    }

    @ParameterizedTest(name = "--threads {0} -> \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            0    | demo-test: --threads must be at least 1, got 0 (see --help)
            -3   | demo-test: --threads must be at least 1, got -3 (see --help)
            many | demo-test: Invalid value for option '--threads': 'many' is not an int (see --help)
            """)
    void rejectsABadPoolSize(String value, String message) {
        Result result = run(POOLED, "--threads", value);

        assertThat(result.status()).isEqualTo(ExitStatus.USAGE);
        assertThat(result.err()).isEqualTo(message + System.lineSeparator());
    }

    static final Demo CAPPED = Demo.of("demo", "a demo", RunnerTests.class,
            ModelSpec.of("capped", (options, connections) -> {
                throw new AssertionError("a bad command line never reaches the model");
            }).maxTasks(1_500_000));

    @ParameterizedTest(name = "{0} -> {1}", quoteTextArguments = false)
    @CsvSource(delimiter = '|', textBlock = """
            --fail-task write_thread_50             | demo: --fail-task, --stall-task: write_thread_50 is not a task of this run (write_thread_0..49, read_thread_0..4) (see --help)
            --fail-task write_thread_007            | demo: --fail-task, --stall-task: write_thread_007 is not a task of this run (write_thread_0..49, read_thread_0..4) (see --help)
            --fail-task read_thread_1 --stall-task read_thread_1 | demo: --fail-task, --stall-task: read_thread_1 cannot both fail and stall (see --help)
            --timeout soon                          | demo: --timeout 'soon' is not a duration: use e.g. 500ms, 30s, 2m, 1h or PT30S (see --help)
            --timeout 0s                            | demo: --timeout must be more than zero, got '0s' (see --help)
            --writers 1000001                       | demo: --writers must be 0 to 1000000, got 1000001 (see --help)
            --writers 900000 --readers 600001       | demo: --writers 900000 and --readers 600001 make 1500001 tasks; this demo runs at most 1500000 (see docs/failures.md) (see --help)
            --io-latency soon                       | demo: --io-latency 'soon' is not a duration: use e.g. 500ms, 30s, 2m, 1h or PT30S (see --help)
            --io-latency -5ms                       | demo: --io-latency '-5ms' is not a duration: use e.g. 500ms, 30s, 2m, 1h or PT30S (see --help)
            --io-latency PT-1S                      | demo: --io-latency must not be negative, got 'PT-1S' (see --help)
            --io-latency 2h                         | demo: --io-latency must be 0 to 1h, got 2h (see --help)
            --io-latency 1ms,10ms                   | demo: --io-latency takes one duration here; only compare takes a list (see --help)
            --writers 5,50                          | demo: --writers takes one number here; only compare takes a list (see --help)
            --writers 5,x                           | demo: Invalid value for option '--writers': 'x' is not an int (see --help)
            --connections pooled,per-task           | demo: --connections takes one policy here; only compare takes a list (see --help)
            """)
    void rejectsFaultsTimeoutsAndSizesPastTheLimitWithOneLine(String args, String message) {
        Result result = run(CAPPED, args.split(" "));

        assertThat(result.status()).isEqualTo(ExitStatus.USAGE);
        assertThat(result.err().lines().toList()).isEqualTo(List.of(message));
        assertThat(result.out()).isEmpty();
    }

    @Test
    void rejectsAnEmptyDatabasePath() {
        Result result = run(DEMO, "--db", "");

        assertThat(result.status()).isEqualTo(ExitStatus.USAGE);
        assertThat(result.err()).contains("--db needs a file path or :memory:").doesNotContain("Exception");
    }

    @Test
    void printsHelpAndSucceeds() {
        Result result = run(POOLED, "--help");

        assertThat(result.status()).isEqualTo(ExitStatus.OK);
        assertThat(result.out()).startsWith("Usage: demo-test")
                .contains("Runs the workload for a test.", "--writers=N", "--readers=N", "--seed=N",
                        "--db=PATH|:memory:", "--threads=N", "default: 50", "default: my_persistent_db.duckdb");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void printsReaderLinesThenTheTableThenTheSummary() {
        Result result = run(DEMO, "--db", ":memory:");

        assertThat(result.status()).isEqualTo(ExitStatus.OK);
        List<String> lines = result.out().lines().toList();
        String thread = Pattern.quote(Thread.currentThread().getName());
        assertThat(lines.subList(0, 5)).allMatch(line -> line.matches(
                "\\[\\('" + thread + "', \\d+, \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{6}[+-]\\d\\d:\\d\\d\\)]"));
        assertThat(lines.get(5)).matches(" +thread_name +insert_time");
        assertThat(lines.subList(6, 56)).allMatch(line -> line.matches("\\d+ +" + thread + " \\d{4}-.*"));
        assertThat(lines.get(56)).matches(
                "in-caller-thread: 50 writers, 5 readers, 50 rows, 1 distinct thread names, task phase \\d+\\.\\d ms");
        assertThat(lines).hasSize(57);
        assertThat(result.err()).isEmpty();
    }

    @Nested
    class DatabaseProblems {

        @Test
        void aDirectoryThatDoesNotExist() {
            Result result = run(DEMO, "--db", dir.resolve("missing/x.duckdb").toString());

            assertOneLineFailure(result, "demo-test: IO Error: Cannot open file \"" + dir.resolve("missing/x.duckdb")
                    + "\": No such file or directory");
        }

        @Test
        void aPathThatIsADirectory() {
            Result result = run(DEMO, "--db", dir.toString());

            assertOneLineFailure(result, "demo-test: IO Error: Could not read from file \"" + dir + "\": Is a directory");
        }

        @Test
        void aFileThatIsNotADuckDbDatabaseIsLeftAsItWas() throws IOException {
            Path notes = dir.resolve("notes.txt");
            Files.writeString(notes, "not a database\n");

            Result result = run(DEMO, "--db", notes.toString());

            assertOneLineFailure(result, "demo-test: IO Error: The file \"" + notes
                    + "\" exists, but it is not a valid DuckDB database file!");
            assertThat(notes).hasContent("not a database");
            try (var siblings = Files.list(dir)) {
                assertThat(siblings).containsExactly(notes);
            }
        }

        @Test
        void anEmptyFileIsLeftAsItWas() throws IOException {
            Path empty = Files.createFile(dir.resolve("empty.duckdb"));

            Result result = run(DEMO, "--db", empty.toString());

            assertThat(result.status()).isEqualTo(ExitStatus.FAILURE);
            assertThat(result.err()).contains("not a valid DuckDB database file");
            assertThat(empty).isEmptyFile();
        }

        @Test
        void aDatabaseHoldingOtherTables() throws SQLException {
            Path file = dir.resolve("theirs.duckdb");
            try (var connection = java.sql.DriverManager.getConnection("jdbc:duckdb:" + file);
                 var statement = connection.createStatement()) {
                statement.execute("CREATE TABLE invoices (id INTEGER)");
            }

            Result result = run(DEMO, "--db", file.toString());

            assertOneLineFailure(result, "demo-test: " + file
                    + " is a DuckDB database with content this demo did not create (invoices);"
                    + " it was left untouched, choose another --db");
        }

        @Test
        void aDatabaseLockedByAnotherProcess() throws Exception {
            Path file = dir.resolve("locked.duckdb");
            Process holder = new ProcessBuilder(
                    ProcessHandle.current().info().command().orElseThrow(),
                    JvmFlags.NATIVE_ACCESS,
                    // DuckDB unpacks its native library into the temporary directory: keep it in ours.
                    "-Djava.io.tmpdir=" + dir,
                    "-cp", System.getProperty("java.class.path"),
                    LockHolder.class.getName(), file.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            try {
                Queue<String> said = new ConcurrentLinkedQueue<>();
                Thread.ofVirtual().start(() -> readLines(holder, said));
                await("the other process holds the lock").atMost(Duration.ofSeconds(60))
                        .until(() -> said.contains("locked"));

                Result result = run(DEMO, "--db", file.toString());

                assertThat(result.status()).isEqualTo(ExitStatus.FAILURE);
                assertThat(result.err()).startsWith("demo-test: IO Error: Could not set lock on file \"" + file + "\"")
                        .contains("Conflicting lock is held")
                        .hasLineCount(1);
                assertThat(result.out()).isEmpty();
            } finally {
                // End of input lets the holder close its connection and exit normally.
                holder.getOutputStream().close();
                if (!holder.waitFor(60, TimeUnit.SECONDS)) {
                    holder.destroyForcibly().waitFor();
                }
            }
        }

        private static void readLines(Process process, Queue<String> into) {
            try (BufferedReader reader = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                reader.lines().forEach(into::add);
            } catch (IOException e) {
                // The process ended; the test's wait reports what was missing.
            }
        }

        private static void assertOneLineFailure(Result result, String line) {
            assertThat(result.status()).isEqualTo(ExitStatus.FAILURE);
            assertThat(result.err()).isEqualTo(line + System.lineSeparator());
            assertThat(result.out()).isEmpty();
        }
    }

    record Result(int status, String out, String err) {
    }

    static Result run(Demo demo, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Runner.run(demo, args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
