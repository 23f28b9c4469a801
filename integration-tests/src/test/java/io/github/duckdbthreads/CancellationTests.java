package io.github.duckdbthreads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.duckdbthreads.core.ModelResult;
import io.github.duckdbthreads.core.ModelResult.Ending;
import io.github.duckdbthreads.core.Task;
import io.github.duckdbthreads.core.TaskPhase;
import io.github.duckdbthreads.core.ThreadingModel;
import io.github.duckdbthreads.core.database.CountingConnections;
import io.github.duckdbthreads.core.database.Database;
import io.github.duckdbthreads.core.database.DatabaseLocation;
import io.github.duckdbthreads.core.workload.ReaderResult;
import io.github.duckdbthreads.core.workload.TaskEvents;
import io.github.duckdbthreads.core.workload.Workload;

/**
 * A stop stops work: a task that has not begun its statement when the run stops never begins it, under
 * every model. Counted, not timed: rows committed after the stop, tasks started after the deadline.
 */
class CancellationTests {

    private static final Duration CEILING = Duration.ofSeconds(90);
    private static final DatabaseLocation MEMORY = new DatabaseLocation.InMemory();

    /**
     * How many tasks may still complete after the stop: those that had already begun their statement. A
     * handful with two cores, more with many platform threads preempted between their last check and their
     * statement; a stop that does not reach the tasks waiting for a connection lets thousands through.
     */
    private static final int BEGUN_AT_THE_STOP = 100;

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.duckdbthreads.Model#all")
    void anInterruptStopsTheTasksThatHadNotBegun(Model model) throws Exception {
        Workload workload = new Workload(10_000, 0, Workload.DEFAULT_SEED);
        int stopAfter = 1000;
        AtomicInteger completed = new AtomicInteger();
        AtomicReference<Thread> runner = new AtomicReference<>();
        AtomicReference<CheckedRun> run = new AtomicReference<>();
        TaskEvents interruptAfter = new TaskEvents() {
            @Override
            public void read(ReaderResult result) {
            }

            @Override
            public void completed(Task task) {
                if (completed.incrementAndGet() == stopAfter) {
                    runner.get().interrupt();
                }
            }
        };
        StopWatch stop = new StopWatch();
        Thread thread = Thread.ofPlatform().name("runner").unstarted(() -> {
            try {
                run.set(CheckedRun.run(MEMORY, workload, model.model(workload), Optional.empty(), interruptAfter,
                        stop));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        runner.set(thread);
        thread.start();
        await("the run has ended").atMost(CEILING).until(() -> !thread.isAlive());

        assertThat(run.get().result().ending()).isEqualTo(Ending.INTERRUPTED);
        assertThat(stop.stopped()).as("the model stopped the run's database work").isTrue();
        assertThat(stop.completedAfterStop()).as("tasks completed after the stop").isLessThanOrEqualTo(BEGUN_AT_THE_STOP);
        // Counted from the stop, not from the interrupt: how soon the owner wakes to stop is the scheduler's.
        assertThat(run.get().result().stats().rows()).as("rows: those completed at the stop, then only tasks"
                + " already in their statement").isLessThanOrEqualTo(stop.completedAtStop() + BEGUN_AT_THE_STOP);
        RunChecks.nothingLostNothingLeftBehind(model, run.get());
    }

    /**
     * Counted from the failure, not from the failing task's place in the list: a per-task virtual thread
     * waits for its connection in the convoy on the root connection's lock, which lets later tasks by, so
     * the failing task may get its connection a thousand tasks after it started. Once it has it, it fails
     * within one statement, and only tasks already in theirs complete after that.
     */
    @Test
    void theFirstFailureStopsTheScopesOtherTasks() throws Exception {
        Workload plain = new Workload(20_000, 0, Workload.DEFAULT_SEED);
        String failing = plain.taskNames().get(1000);
        Workload workload = plain.withFaults(Set.of(failing), Set.of());
        StopWatch stop = new StopWatch(failing);

        CheckedRun run = CheckedRun.run(MEMORY, workload, Model.VIRTUAL.model(workload), Optional.empty(),
                result -> { }, stop);

        assertThat(run.result().ending()).isEqualTo(Ending.CANCELLED_ON_FAILURE);
        assertThat(run.result().failures()).hasSize(1);
        assertThat(stop.stopped()).as("the model stopped the run's database work").isTrue();
        assertThat(stop.completedAtTheLease()).as("the failing task got its connection").isNotNegative();
        assertThat(stop.completedAtStop() - stop.completedAtTheLease())
                .as("tasks completed between the failing task's connection and the stop")
                .isLessThanOrEqualTo(BEGUN_AT_THE_STOP);
        assertThat(stop.completedAfterStop()).as("tasks completed after the stop").isLessThanOrEqualTo(BEGUN_AT_THE_STOP);
        RunChecks.nothingLostNothingLeftBehind(Model.VIRTUAL, run);
    }

    /**
     * The model is slow to take its eleventh task (a model's own thread is as slow when it has millions to
     * start): the timeout, counted from the start of the task phase, passes meanwhile, so the model starts
     * nothing more, whether it was still starting tasks or already waiting for them.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.duckdbthreads.Model#all")
    void theTimeoutCountsFromTheStartOfTheTaskPhase(Model model) throws Exception {
        Duration timeout = Duration.ofMillis(300);
        Workload workload = new Workload(1000, 0, Workload.DEFAULT_SEED);
        ThreadingModel threading = model.model(workload);
        TaskLog events = new TaskLog();
        ModelResult result;
        try (Database database = Database.open(MEMORY);
             CountingConnections connections = CountingConnections.around(
                     database.connections(threading.connectionPolicy()))) {
            List<Task> tasks = new Hooked(workload.tasks(connections, events), 10,
                    () -> await("twice the timeout, as a slow submission would take").pollDelay(timeout.multipliedBy(2))
                            .atMost(CEILING).until(() -> true));

            result = threading.run(tasks, new TaskPhase(Optional.of(timeout), connections::interruptAll));

            assertThat(connections.counts().held()).isZero();
        }
        assertThat(result.ending()).isEqualTo(Ending.TIMED_OUT);
        assertThat(events.started()).as("tasks started: the ten before the timeout passed").hasSizeLessThanOrEqualTo(10);
    }

}
