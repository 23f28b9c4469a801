package io.github.duckdbthreads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.github.duckdbthreads.core.ModelResult.Ending;
import io.github.duckdbthreads.core.TaskFailedException;
import io.github.duckdbthreads.core.cli.ExitStatus;
import io.github.duckdbthreads.core.cli.Runner;
import io.github.duckdbthreads.core.database.DatabaseLocation;
import io.github.duckdbthreads.core.run.RunResult;
import io.github.duckdbthreads.core.workload.Workload;

/** A task told to fail, under each model: who hears of it, what happens to the others, what is left. */
class FailureTests {

    /** A ceiling for a run that must end by itself; a run that hangs fails here instead of hanging the build. */
    private static final Duration CEILING = Duration.ofSeconds(90);

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}: the failure is reported, the run ends as {1}", quoteTextArguments = false)
    @CsvSource(textBlock = """
            platform-threads,        ALL_ENDED
            executor,                ALL_ENDED
            virtual-thread-executor, ALL_ENDED
            virtual-threads,         CANCELLED_ON_FAILURE
            """)
    void aFailedTaskIsReportedWithDuckDbsReason(Model model, Ending ending) throws Exception {
        Workload workload = Workload.guide().withFaults(Set.of("write_thread_13"), Set.of());

        CheckedRun run = CheckedRun.run(file(), workload, model.model(workload));
        RunResult result = run.result();

        assertThat(result.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.task()).isEqualTo("write_thread_13");
            assertThat(failure.cause()).isInstanceOf(TaskFailedException.class);
            assertThat(failure.describe()).isEqualTo(
                    "write_thread_13 failed: Invalid Input Error: write_thread_13 was told to fail (--fail-task)");
        });
        assertThat(result.ending()).isEqualTo(ending);
        if (ending == Ending.ALL_ENDED) {
            assertThat(result.completed()).as("the others carried on").isEqualTo(workload.size() - 1);
        }
        RunChecks.nothingLostNothingLeftBehind(model, run);
    }

    @ParameterizedTest(name = "{0}: a stalled query ends as {1}", quoteTextArguments = false)
    @CsvSource(textBlock = """
            platform-threads,        TIMED_OUT
            executor,                TIMED_OUT
            virtual-thread-executor, TIMED_OUT
            virtual-threads,         CANCELLED_ON_FAILURE
            """)
    void onlyTheScopeStopsASiblingQueryOnFailure(Model model, Ending ending) throws Exception {
        List<String> order = Workload.guide().taskNames();
        // The stalled task starts first and the failing one last, so the stall is in DuckDB when the failure comes.
        String stalled = order.getFirst();
        String failing = order.getLast();
        Workload workload = Workload.guide().withFaults(Set.of(failing), Set.of(stalled));

        CheckedRun run = assertTimeoutPreemptively(CEILING, () -> CheckedRun.run(file(), workload,
                model.model(workload), Optional.of(Duration.ofSeconds(2)), read -> { }));
        RunResult result = run.result();

        assertThat(result.ending()).isEqualTo(ending);
        assertThat(result.failures()).extracting(failure -> failure.task()).containsExactly(failing);
        assertThat(result.cancelled()).as("the stalled task, at least, was cancelled").isPositive();
        RunChecks.nothingLostNothingLeftBehind(model, run);
    }

    @ParameterizedTest(name = "{0}", quoteTextArguments = false)
    @CsvSource(textBlock = """
            platform-threads,        'the other tasks carried on'
            executor,                'the other tasks carried on'
            virtual-thread-executor, 'the other tasks carried on'
            virtual-threads,         'the first failure cancelled the tasks still running'
            """)
    void theCommandLineSaysSoAndExitsWithOne(Model model, String how) {
        Console console = new Console();

        List<String> args = new ArrayList<>(List.of("--db", dir.resolve("cli.duckdb").toString(),
                "--fail-task", "write_thread_13"));
        args.addAll(model.flags());
        int status = Runner.run(model.demo(), args.toArray(String[]::new), console.outStream, console.errStream);

        assertThat(status).isEqualTo(ExitStatus.FAILURE);
        assertThat(console.err()).containsExactly(
                "write_thread_13 failed: Invalid Input Error: write_thread_13 was told to fail (--fail-task)");
        assertThat(console.out().getLast()).contains(" 1 failed, ").endsWith(how);
    }

    private DatabaseLocation file() {
        return new DatabaseLocation.OnDisk(dir.resolve("run.duckdb"));
    }
}
