package io.github.duckdbthreads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.duckdbthreads.core.ModelResult.Ending;
import io.github.duckdbthreads.core.cli.Runner;
import io.github.duckdbthreads.core.database.DatabaseLocation;
import io.github.duckdbthreads.core.workload.Workload;

/**
 * Tasks that wait on I/O before their statement: every model runs them to the end; and a failure while
 * the others wait shows each model's cancellation at its most visible.
 */
class IoLatencyTests {

    private static final Duration CEILING = Duration.ofSeconds(90);
    private static final DatabaseLocation MEMORY = new DatabaseLocation.InMemory();

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.duckdbthreads.Model#all")
    void everyTaskWaitsOutItsCallAndCompletes(Model model) throws Exception {
        Workload workload = new Workload(40, 4, Workload.DEFAULT_SEED).withIoLatency(Duration.ofMillis(20));

        CheckedRun run = assertTimeoutPreemptively(CEILING, () -> CheckedRun.run(MEMORY, workload, model.model(workload)));

        assertThat(run.result().ending()).isEqualTo(Ending.ALL_ENDED);
        assertThat(run.result().completed()).isEqualTo(44);
        assertThat(run.result().stats().rows()).isEqualTo(40);
        RunChecks.nothingLostNothingLeftBehind(model, run);
    }

    /**
     * Every other task is in a remote call of an hour when one task fails at once. The scope interrupts
     * the sleeping siblings, so its run ends with the failure; the others' runs go on until their timeout,
     * and the executor's two workers are asleep before the failing task ever gets one.
     */
    @ParameterizedTest(name = "{0}: {1}, {2} failed", quoteTextArguments = false)
    @CsvSource(textBlock = """
            platform-threads, TIMED_OUT,            1
            executor,         TIMED_OUT,            0
            virtual-threads,  CANCELLED_ON_FAILURE, 1
            """)
    void aFailureWhileTheOthersWaitOnIo(Model model, Ending ending, int failed) throws Exception {
        Workload plain = new Workload(2000, 0, Workload.DEFAULT_SEED).withIoLatency(Duration.ofHours(1));
        // The last to start, so that every other task is already in its call.
        Workload workload = plain.withFaults(Set.of(plain.taskNames().getLast()), Set.of());
        Optional<Duration> timeout = model == Model.VIRTUAL ? Optional.empty() : Optional.of(Duration.ofSeconds(3));

        CheckedRun run = assertTimeoutPreemptively(CEILING, () -> CheckedRun.run(MEMORY, workload,
                model.model(workload), timeout, result -> { }));

        assertThat(run.result().ending()).isEqualTo(ending);
        assertThat(run.result().failures()).hasSize(failed);
        assertThat(run.result().completed()).as("tasks that finished their hour").isZero();
        assertThat(run.result().stats().rows()).isZero();
        RunChecks.nothingLostNothingLeftBehind(model, run);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            virtual-threads, 1, 'the first failure cancelled the tasks still running'
            """)
    void theCommandLineEndsAtTheFailureUnderVirtualThreads(Model model, int status, String how) {
        Console console = new Console();

        int exit = assertTimeoutPreemptively(CEILING, () -> Runner.run(model.demo(), new String[] {"--db", ":memory:",
                "--writers", "500", "--io-latency", "1h", "--fail-task", "write_thread_13"},
                console.outStream, console.errStream));

        assertThat(exit).isEqualTo(status);
        assertThat(console.out().getLast()).contains("0 completed, 1 failed, 504 cancelled").endsWith(how);
    }
}
