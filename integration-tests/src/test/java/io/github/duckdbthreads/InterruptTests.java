package io.github.duckdbthreads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.duckdbthreads.core.ConnectionPolicy;
import io.github.duckdbthreads.core.ModelResult;
import io.github.duckdbthreads.core.ModelResult.Ending;
import io.github.duckdbthreads.core.Task;
import io.github.duckdbthreads.core.TaskPhase;
import io.github.duckdbthreads.core.ThreadingModel;
import io.github.duckdbthreads.core.cli.Demo;
import io.github.duckdbthreads.core.cli.ExitStatus;
import io.github.duckdbthreads.core.cli.ModelSpec;
import io.github.duckdbthreads.core.cli.Runner;
import io.github.duckdbthreads.core.database.CountingConnections;
import io.github.duckdbthreads.core.database.Database;
import io.github.duckdbthreads.core.database.DatabaseLocation;
import io.github.duckdbthreads.core.workload.Workload;
import io.github.duckdbthreads.virtual.VirtualThreadsModel;

/**
 * An interrupt of the thread that runs a model (what Ctrl-C does) at each moment of the task phase: before
 * the first task, while the model starts its tasks, while it waits to admit one (bounded virtual threads),
 * and while it waits for them. Every time the run ends as {@link Ending#INTERRUPTED}, with no exception,
 * with the thread's flag set again, with no connection held, and with no task started after the interrupt.
 * And while the model is already stopping for its timeout: the interrupt still wins, through the command line.
 */
class InterruptTests {

    private static final Duration CEILING = Duration.ofSeconds(60);
    private static final int WRITERS = 200;
    /** Where the model is when the interrupt comes while it starts tasks: taking the task at this index. */
    private static final int STARTING_AT = 50;

    enum Moment { BEFORE_THE_FIRST_TASK, WHILE_STARTING_TASKS, WHILE_WAITING_FOR_ADMISSION, WHILE_JOINING }

    static Stream<Arguments> modelsAndMoments() {
        return Model.all().stream().flatMap(model -> Stream.of(Moment.values())
                .filter(moment -> moment != Moment.WHILE_WAITING_FOR_ADMISSION || model == Model.VIRTUAL_BOUNDED)
                .map(moment -> Arguments.of(model, moment)));
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("modelsAndMoments")
    void endsTheRunAsInterruptedWithTheFlagSet(Model model, Moment moment) throws Exception {
        // The first task, in start order, stalls in DuckDB until interrupted: the run cannot end without the stop.
        Workload plain = new Workload(WRITERS, 0, Workload.DEFAULT_SEED);
        String stalled = plain.taskNames().getFirst();
        Workload workload = plain.withFaults(Set.of(), Set.of(stalled));
        ThreadingModel threading = moment == Moment.WHILE_WAITING_FOR_ADMISSION
                ? VirtualThreadsModel.bounded(1) : model.model(workload);
        TaskLog events = new TaskLog();
        AtomicReference<ModelResult> result = new AtomicReference<>();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicBoolean flagSet = new AtomicBoolean();
        AtomicInteger startedBeforeInterrupt = new AtomicInteger(-1);

        try (Database database = Database.open(new DatabaseLocation.InMemory());
             CountingConnections connections = CountingConnections.around(
                     database.connections(threading.connectionPolicy()))) {
            List<Task> all = workload.tasks(connections, events);
            List<Task> tasks = moment == Moment.WHILE_STARTING_TASKS
                    ? new Hooked(all, STARTING_AT, () -> {
                        startedBeforeInterrupt.set(STARTING_AT);
                        Thread.currentThread().interrupt();
                    })
                    : all;
            Thread owner = Thread.ofPlatform().name("owner").unstarted(() -> {
                if (moment == Moment.BEFORE_THE_FIRST_TASK) {
                    startedBeforeInterrupt.set(0);
                    Thread.currentThread().interrupt();
                }
                try {
                    result.set(threading.run(tasks, new TaskPhase(Optional.empty(), connections::interruptAll)));
                } catch (Throwable e) {
                    thrown.set(e);
                }
                flagSet.set(Thread.currentThread().isInterrupted());
            });
            owner.start();
            switch (moment) {
                case WHILE_WAITING_FOR_ADMISSION -> {
                    await("the stalled task holds the only permit and the owner waits for it").atMost(CEILING)
                            .failFast(() -> !owner.isAlive())
                            .until(() -> events.hasStarted(stalled) && isWaiting(owner));
                    interrupt(owner, events, startedBeforeInterrupt);
                }
                case WHILE_JOINING -> {
                    await("every task but the stalled one has completed").atMost(CEILING)
                            .failFast(() -> !owner.isAlive())
                            .until(() -> events.completed() == workload.size() - 1);
                    interrupt(owner, events, startedBeforeInterrupt);
                }
                default -> {
                }
            }
            await("the run has ended").atMost(CEILING).until(() -> !owner.isAlive());

            assertThat(thrown.get()).as("thrown by the model").isNull();
            assertThat(result.get().ending()).isEqualTo(Ending.INTERRUPTED);
            assertThat(flagSet).as("the owner's interrupt flag, set again").isTrue();
            assertThat(connections.counts().held()).as("connections still held").isZero();
            assertThat(events.started()).as("tasks started, at most those started before the interrupt")
                    .hasSizeLessThanOrEqualTo(startedBeforeInterrupt.get());
        }
    }

    /**
     * The timeout stops the run, and the owner is interrupted while the model is still stopping its tasks
     * (as Ctrl-C a few milliseconds after the timeout would): an interrupt that arrives before the model
     * returns wins, so the run ends as interrupted and the command exits with 130, under every model.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.duckdbthreads.Model#all")
    void anInterruptWhileTheModelStopsAtTheTimeoutEndsTheRunAsInterrupted(Model model, @TempDir Path dir) {
        Demo demo = model.demo();
        Demo interruptedAsItStops = new Demo(demo.command(), demo.description(), demo.main(), demo.models().stream()
                .map(spec -> new ModelSpec(spec.name(), spec.connections(), spec.maxTasks(), spec.flags(),
                        spec.selectedBy(), spec.threadNames(), (options, connections) ->
                        new InterruptingTheOwnerAsItStops(spec.factory().apply(options, connections))))
                .toList());
        List<String> args = new ArrayList<>(List.of("--db", dir.resolve("run.duckdb").toString(),
                "--stall-task", Workload.guide().taskNames().getFirst(), "--timeout", "500ms"));
        args.addAll(model.flags());
        Console console = new Console();
        AtomicInteger status = new AtomicInteger(-1);

        Thread owner = Thread.ofPlatform().name("owner").start(() -> status.set(
                Runner.run(interruptedAsItStops, args.toArray(String[]::new), console.outStream, console.errStream)));

        await("the run has ended").atMost(CEILING).until(() -> !owner.isAlive());
        assertThat(console.err()).isEmpty();
        assertThat(console.out().getLast()).endsWith("interrupted, the tasks still running were cancelled");
        assertThat(status.get()).as("exit status").isEqualTo(ExitStatus.INTERRUPTED);
    }

    /** The real model, with its owner interrupted the moment the model stops the run's database work. */
    private record InterruptingTheOwnerAsItStops(ThreadingModel model) implements ThreadingModel {
        @Override
        public String name() {
            return model.name();
        }

        @Override
        public ConnectionPolicy connectionPolicy() {
            return model.connectionPolicy();
        }

        @Override
        public ModelResult run(List<? extends Task> tasks, TaskPhase phase) {
            Thread owner = Thread.currentThread();
            return model.run(tasks, new TaskPhase(phase.timeout(), () -> {
                owner.interrupt();
                phase.interruptQueries().run();
            }));
        }
    }

    private static boolean isWaiting(Thread thread) {
        Thread.State state = thread.getState();
        return state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING;
    }

    private static void interrupt(Thread owner, TaskLog events, AtomicInteger startedBeforeInterrupt) {
        startedBeforeInterrupt.set(events.started().size());
        owner.interrupt();
    }
}
