package io.github.duckdbthreads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.duckdbthreads.core.ModelResult.Ending;
import io.github.duckdbthreads.core.cli.ExitStatus;
import io.github.duckdbthreads.core.cli.Runner;
import io.github.duckdbthreads.core.database.DatabaseLocation;
import io.github.duckdbthreads.core.run.RunResult;
import io.github.duckdbthreads.core.workload.Workload;

/**
 * A run stopped from outside, under each model: by its timeout, or by an interrupt of the thread that
 * runs it (what Ctrl-C does). A stalled task is in a DuckDB query the whole time, so the run ends only
 * if that query is interrupted.
 */
class StoppingTests {

    private static final Duration CEILING = Duration.ofSeconds(90);

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.duckdbthreads.Model#all")
    void theTimeoutStopsTheRunAndItsQueryInFlight(Model model) throws Exception {
        Workload workload = stallingTheFirstTask();

        CheckedRun run = assertTimeoutPreemptively(CEILING, () -> CheckedRun.run(file(), workload,
                model.model(workload), Optional.of(Duration.ofSeconds(1)), read -> { }));
        RunResult result = run.result();

        assertThat(result.ending()).isEqualTo(Ending.TIMED_OUT);
        assertThat(result.failures()).isEmpty();
        assertThat(result.cancelled()).isPositive();
        assertThat(result.summary()).endsWith("stopped at the timeout of 1s");
        RunChecks.nothingLostNothingLeftBehind(model, run);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.duckdbthreads.Model#all")
    void theCommandLineSaysSoAndExitsWith124(Model model) {
        Console console = new Console();
        String stalled = Workload.guide().taskNames().getFirst();

        int status = assertTimeoutPreemptively(CEILING, () -> Runner.run(model.demo(), new String[] {
                "--db", dir.resolve("cli.duckdb").toString(), "--stall-task", stalled, "--timeout", "500ms"},
                console.outStream, console.errStream));

        assertThat(status).isEqualTo(ExitStatus.TIMED_OUT);
        assertThat(console.err()).isEmpty();
        assertThat(console.out().getLast()).endsWith("stopped at the timeout of 500ms");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.duckdbthreads.Model#all")
    void anInterruptStopsTheRunAndLeavesTheFlagSet(Model model) throws Exception {
        Workload workload = stallingTheFirstTask();
        AtomicInteger reads = new AtomicInteger();
        AtomicReference<CheckedRun> run = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        AtomicBoolean flagSet = new AtomicBoolean();
        Thread runner = Thread.ofPlatform().name("runner").start(() -> {
            try {
                run.set(CheckedRun.run(file(), workload, model.model(workload), Optional.empty(),
                        read -> reads.incrementAndGet()));
            } catch (Exception e) {
                failure.set(e);
            }
            flagSet.set(Thread.currentThread().isInterrupted());
        });
        await("a reader has read, so tasks are under way").atMost(CEILING).failFast(() -> !runner.isAlive())
                .until(() -> reads.get() > 0);

        runner.interrupt();

        await("the run has stopped").atMost(CEILING).until(() -> !runner.isAlive());
        assertThat(failure.get()).isNull();
        assertThat(run.get().result().ending()).isEqualTo(Ending.INTERRUPTED);
        assertThat(flagSet).as("interrupt flag still set after the run").isTrue();
        assertThat(run.get().result().cancelled()).isPositive();
        RunChecks.nothingLostNothingLeftBehind(model, run.get());
    }

    /** The guide's workload with its first task (in start order) stalled in DuckDB until interrupted. */
    static Workload stallingTheFirstTask() {
        return Workload.guide().withFaults(Set.of(), Set.of(Workload.guide().taskNames().getFirst()));
    }

    private DatabaseLocation file() {
        return new DatabaseLocation.OnDisk(dir.resolve("run.duckdb"));
    }
}
