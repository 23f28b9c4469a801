package io.github.duckdbthreads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.duckdbthreads.core.cli.ExitStatus;
import io.github.duckdbthreads.core.cli.Runner;
import io.github.duckdbthreads.core.workload.Workload;

/** What only another process shows: Ctrl-C, a kill, a database file locked by a run in progress. */
class ProcessTests {

    private static final Duration CEILING = Duration.ofSeconds(60);
    private static final Pattern COMPLETED = Pattern.compile("; (\\d+) completed, ");
    /** How a reader's row begins, as the guide prints it. */
    private static final String READER_ROW = "[('";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.duckdbthreads.Model#all")
    void ctrlCStopsTheRunSaysHowFarItGotAndExitsWith130(Model model) throws Exception {
        Path db = dir.resolve("ctrl-c.duckdb");
        try (ChildJvm child = ChildJvm.start(dir, model.main(), withFlagsOf(model, "--db", db.toString(),
                "--writers", "500", "--stall-task", firstTask(500, Workload.DEFAULT_READERS)))) {
            awaitAReaderRow(child);
            assumeFalse(child.ignoresSigint(), "this test runs where SIGINT is ignored, as in a background job");

            child.signal("INT");

            await("the run has exited").atMost(CEILING).until(() -> !child.process().isAlive());
            child.drain();
            assertThat(child.process().exitValue()).isEqualTo(ExitStatus.INTERRUPTED);
            assertThat(child.err()).isEmpty();
            String summary = child.out().getLast();
            assertThat(summary).endsWith("cancelled; interrupted, the tasks still running were cancelled");
            assertThat(rowsIn(db)).as("rows in the file").isEqualTo(writersCommittedAsTheTasksSaid(child));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.duckdbthreads.Model#all")
    void aKillLosesNoInsertThatReportedSuccess(Model model) throws Exception {
        Path db = dir.resolve("kill.duckdb");
        List<String> reported;
        try (ChildJvm child = ChildJvm.start(dir, CommitReporter.class, model.toString(), db.toString(), "2000")) {
            await("a hundred inserts committed").atMost(CEILING).failFast(() -> !child.process().isAlive())
                    .until(() -> committed(child).size() >= 100);

            child.process().destroyForcibly();

            child.process().waitFor();
            child.drain();
            assertThat(child.process().exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);
            reported = committed(child);
        }
        Map<String, Long> reportedByThread = reported.stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        Map<String, Long> inFile = rowsByThreadName(db);
        assertThat(inFile).as("rows by thread name after reopening").containsKeys(
                reportedByThread.keySet().toArray(String[]::new));
        reportedByThread.forEach((thread, count) ->
                assertThat(inFile.get(thread)).as("rows of " + thread).isGreaterThanOrEqualTo(count));
    }

    @Test
    void sigtermStopsTheRunSaysHowFarItGotAndExitsWith143() throws Exception {
        Path db = dir.resolve("sigterm.duckdb");
        try (ChildJvm child = ChildJvm.start(dir, Model.VIRTUAL.main(), "--db", db.toString(), "--writers", "500",
                "--stall-task", firstTask(500, Workload.DEFAULT_READERS))) {
            awaitAReaderRow(child);

            child.signal("TERM");

            await("the run has exited").atMost(CEILING).until(() -> !child.process().isAlive());
            child.drain();
            assertThat(child.process().exitValue()).isEqualTo(128 + 15);
            assertThat(child.err()).isEmpty();
            String summary = child.out().getLast();
            assertThat(summary).endsWith("cancelled; interrupted, the tasks still running were cancelled");
            assertThat(rowsIn(db)).as("rows in the file").isEqualTo(writersCommittedAsTheTasksSaid(child));
        }
    }

    /** The grace period for a stopping run is 20 seconds; a second Ctrl-C does not wait for it. */
    @Test
    void aSecondCtrlCWhileTheRunIsStoppingExitsAtOnce() throws Exception {
        try (ChildJvm child = ChildJvm.start(dir, StubbornDemo.class, "--db", ":memory:")) {
            await("the stubborn run is under way").atMost(CEILING).failFast(() -> !child.process().isAlive())
                    .until(() -> child.out().contains("running"));
            assumeFalse(child.ignoresSigint(), "this test runs where SIGINT is ignored, as in a background job");
            child.signal("INT");
            await("the first Ctrl-C has reached the run, which does not stop").atMost(CEILING)
                    .failFast(() -> !child.process().isAlive())
                    .until(() -> child.out().contains("interrupted"));

            child.signal("INT");

            await("the process has exited, well within the grace period").atMost(Duration.ofSeconds(10))
                    .until(() -> !child.process().isAlive());
            assertThat(child.process().exitValue()).isEqualTo(ExitStatus.INTERRUPTED);
        }
    }

    @Test
    void aSecondProcessOnTheSameFileFailsAtOnceAndTheFirstCarriesOn() throws Exception {
        Path db = dir.resolve("locked.duckdb");
        try (ChildJvm first = ChildJvm.start(dir, Model.EXECUTOR.main(), "--db", db.toString(),
                "--stall-task", firstTask(Workload.DEFAULT_WRITERS, Workload.DEFAULT_READERS))) {
            awaitAReaderRow(first);
            Console second = new Console();

            int status = Runner.run(Model.VIRTUAL.demo(), new String[] {"--db", db.toString()},
                    second.outStream, second.errStream);

            assertThat(status).isEqualTo(ExitStatus.FAILURE);
            assertThat(second.err()).singleElement().asString()
                    .startsWith("demo-virtual-threads: IO Error: Could not set lock on file")
                    .contains("Conflicting lock is held");
            assertThat(second.out()).isEmpty();
            assertThat(first.process().isAlive()).as("the first run carries on").isTrue();
            assumeFalse(first.ignoresSigint(), "this test runs where SIGINT is ignored, as in a background job");

            first.signal("INT");

            await("the first run has exited").atMost(CEILING).until(() -> !first.process().isAlive());
            first.drain();
            assertThat(first.process().exitValue()).isEqualTo(ExitStatus.INTERRUPTED);
            assertThat(first.err()).isEmpty();
            assertThat(rowsIn(db)).as("rows in the file").isEqualTo(writersCommittedAsTheTasksSaid(first));
        }
    }

    private static String[] withFlagsOf(Model model, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(model.flags());
        return all.toArray(String[]::new);
    }

    private static void awaitAReaderRow(ChildJvm child) {
        await("a reader has printed its row, so the run is under way").atMost(CEILING)
                .failFast(() -> !child.process().isAlive())
                .until(() -> child.out().stream().anyMatch(line -> line.startsWith(READER_ROW)));
    }

    private static String firstTask(int writers, int readers) {
        return new Workload(writers, readers, Workload.DEFAULT_SEED).taskNames().getFirst();
    }

    private static List<String> committed(ChildJvm child) {
        return child.out().stream()
                .filter(line -> line.startsWith(CommitReporter.COMMITTED))
                .map(line -> line.substring(CommitReporter.COMMITTED.length()))
                .toList();
    }

    /**
     * The writers whose insert returned, that is, committed, as the tasks' own events counted them, never
     * read back from the table: the summary's completed tasks, counted by each task's completion event,
     * less the readers, each of which printed its row before it completed.
     */
    private static long writersCommittedAsTheTasksSaid(ChildJvm child) {
        String summary = child.out().getLast();
        Matcher completed = COMPLETED.matcher(summary);
        assertThat(completed.find()).as("a summary line with the tasks completed: " + summary).isTrue();
        long readers = child.out().stream().filter(line -> line.startsWith(READER_ROW)).count();
        return Long.parseLong(completed.group(1)) - readers;
    }

    private static long rowsIn(Path db) throws SQLException {
        return rowsByThreadName(db).values().stream().mapToLong(Long::longValue).sum();
    }

    /** Opens the file afresh, replaying its write-ahead log, as the next run would. */
    private static Map<String, Long> rowsByThreadName(Path db) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + db);
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT thread_name, count(*) FROM my_inserts GROUP BY ALL")) {
            Map<String, Long> rows = new HashMap<>();
            while (rs.next()) {
                rows.put(rs.getString(1), rs.getLong(2));
            }
            return rows;
        }
    }
}
