package io.github.duckdbthreads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.github.duckdbthreads.core.cli.JvmFlags;

/**
 * The single-file programs in {@code docs/examples}, which docs/duckdb-concurrency.md quotes, run and
 * still print what the page says they print.
 */
class ExamplesTests {

    private static final Duration CEILING = Duration.ofSeconds(120);

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} prints \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Connections.java       | another jdbc:duckdb: sees t:   error: Catalog Error: Table with name t does not exist!
            Connections.java       | duplicate, before the COMMIT:  1
            Connections.java       | EXECUTE answer on a duplicate: error: Binder Error: Prepared statement "answer" does not exist
            Connections.java       | threads after SET on the root: root 1, duplicate 1, another instance
            UpdateConflict.java    | B FAILED  UPDATE t SET v = 'B' WHERE id = 1
            UpdateConflict.java    | TransactionContext Error: Conflict on update!
            UpdateConflict.java    | B ok      UPDATE t SET v = 'B2' WHERE id = 2
            UpdateConflict.java    | table: 1=A2, 2=B2, 3=A, 4=B
            TransactionTime.java   | committed B then A; ORDER BY insert_time says: A B
            CancelBeforeStart.java | cancelled before it ran, the query ran anyway: count 100000000
            CancelBeforeStart.java | cancelled while it ran: java.sql.SQLTimeoutException: INTERRUPT Error: Interrupted!
            NativeThreads.java     | after closing it: 0
            AppenderVsInsert.java  | 5000 rows through an Appender: median
            """)
    void printsWhatThePageQuotes(String example, String line) throws Exception {
        assertThat(run(example)).anySatisfy(printed -> assertThat(printed).contains(line));
    }

    @Test
    void theSameTransactionSeesOneTimestamp() throws Exception {
        String line = run("TransactionTime.java").stream()
                .filter(printed -> printed.startsWith("inside one transaction")).findFirst().orElseThrow();
        String[] times = line.substring(line.indexOf(": ") + 2).split(" and ");

        assertThat(times[0]).isEqualTo(times[1]);
    }

    @Test
    void aSecondProcessCannotOpenAFileInUse() throws Exception {
        Path file = dir.resolve("lock.duckdb");
        Process holder = start("FileLock.java", "rw", file.toString(), "60");
        try {
            List<String> held = new ArrayList<>();
            await("the first process holds the file").atMost(CEILING).failFast(() -> !holder.isAlive())
                    .until(() -> {
                        held.add(new String(holder.getInputStream().readNBytes(
                                holder.getInputStream().available()), StandardCharsets.UTF_8));
                        return String.join("", held).contains("read-write: opened");
                    });

            assertThat(output(start("FileLock.java", "ro", file.toString(), "0")))
                    .anySatisfy(line -> assertThat(line).startsWith("read-only: IO Error: Could not set lock on file"));
        } finally {
            holder.destroyForcibly().waitFor();
        }
        assertThat(output(start("FileLock.java", "ro", file.toString(), "0")))
                .containsExactly("read-only: opened, holding it for 0 s");
        assertThat(output(start("Query.java", file.toString(), "SELECT answer FROM t"))).containsExactly("42");
    }

    @Test
    void taskCostRunsAsOneFileWithTheDriverAlone() throws Exception {
        assertThat(output(taskCost("--tasks", "20", "1"))).contains("per task, median of 20:")
                .anySatisfy(line -> assertThat(line).startsWith("DuckDB v").endsWith(", 1 worker threads"))
                .anySatisfy(line -> assertThat(line).matches("  a whole task, one Statement +\\d+ us"));
    }

    @Test
    void aSettingDuckdbDoesNotKnowIsOneLineAndStatusOne() throws Exception {
        Process process = taskCost("--tasks", "20", "1", "no_such_setting=1");
        await("TaskCost has run").atMost(CEILING).until(() -> !process.isAlive());

        assertThat(process.exitValue()).isOne();
        assertThat(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines())
                .singleElement().asString().startsWith("TaskCost: ").contains("no_such_setting");
    }

    /**
     * compare's TaskCost, which docs/compare.md runs with either driver: a single file that needs nothing
     * but DuckDB's driver on the class path.
     */
    private Process taskCost(String... args) throws IOException {
        String driver = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> Path.of(entry).getFileName().toString().startsWith("duckdb_jdbc"))
                .findFirst().orElseThrow();
        Path source = examples().getParent().getParent()
                .resolve("compare/src/main/java/io/github/duckdbthreads/compare/TaskCost.java");
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
                JvmFlags.NATIVE_ACCESS, "-cp", driver, source.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private List<String> run(String example) throws Exception {
        return output(start(example));
    }

    private List<String> output(Process process) throws Exception {
        await("the example has run").atMost(CEILING).until(() -> !process.isAlive());
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(out).isZero();
        return out.lines().toList();
    }

    /** The example, run as the page says, with the single-file source launcher and DuckDB's driver. */
    private Process start(String example, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
                JvmFlags.NATIVE_ACCESS, "-Djava.io.tmpdir=" + dir,
                "-cp", System.getProperty("java.class.path"), examples().resolve(example).toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static Path examples() {
        Path here = Path.of("").toAbsolutePath();
        while (here != null && !Files.isDirectory(here.resolve("docs/examples"))) {
            here = here.getParent();
        }
        if (here == null) {
            throw new IllegalStateException("no docs/examples above " + Path.of("").toAbsolutePath());
        }
        return here.resolve("docs/examples");
    }
}
