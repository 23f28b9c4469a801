package io.github.duckdbthreads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.duckdbthreads.core.ModelResult;
import io.github.duckdbthreads.core.TaskPhase;
import io.github.duckdbthreads.core.ThreadingModel;
import io.github.duckdbthreads.core.database.ConnectionSource;
import io.github.duckdbthreads.core.database.Database;
import io.github.duckdbthreads.core.database.DatabaseLocation;
import io.github.duckdbthreads.core.run.WorkloadRun;
import io.github.duckdbthreads.core.workload.ReaderResult;
import io.github.duckdbthreads.core.workload.Workload;

/** The guide's workload under each of the three models, on a file and in memory. */
class ThreadingModelTests {

    static Stream<Arguments> modelsAndDatabases() {
        return Model.all().stream().flatMap(model -> Stream.of(
                Arguments.of(model, "file"),
                Arguments.of(model, "memory")));
    }

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("modelsAndDatabases")
    void runsTheGuidesWorkload(Model model, String where) throws Exception {
        ThreadingModel threading = model.model(Workload.guide());
        Queue<ReaderResult> reads = new ConcurrentLinkedQueue<>();

        try (Database database = Database.open(location(where));
             ConnectionSource connections = database.connections(threading.connectionPolicy())) {
            ModelResult result = threading.run(Workload.guide().tasks(connections, reads::add),
                    TaskPhase.unlimited(connections::interruptAll));

            assertThat(result.failures()).isEmpty();
            assertThat(result.ending()).isEqualTo(ModelResult.Ending.ALL_ENDED);
            assertThat(database.stats().rows()).isEqualTo(50);
            assertRanOn(model, database.threadNames(), "write_thread_", 50);
            assertThat(reads).hasSize(5).allSatisfy(read -> assertThat(read.rowCounter()).isBetween(0L, 50L));
            assertRanOn(model, reads.stream().map(ReaderResult::threadName).toList(), "read_thread_", 5);
        }
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("modelsAndDatabases")
    void closesEveryConnectionAndLeavesNoThreadBehind(Model model, String where) throws Exception {
        CheckedRun run = CheckedRun.run(location(where), Workload.guide(), model.model(Workload.guide()));

        assertThat(run.result().completed()).isEqualTo(55);
        // The executor opens one per worker (two here), every other model, as the guide, one per task.
        assertThat(run.atEnd().opened()).isEqualTo(model == Model.EXECUTOR ? 2 : 55);
        RunChecks.nothingLostNothingLeftBehind(model, run);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.duckdbthreads.Model#all")
    void releasesTheFileForAnotherProcess(Model model) throws Exception {
        Path file = dir.resolve("released.duckdb");
        WorkloadRun.run(new DatabaseLocation.OnDisk(file), Workload.guide(), model.model(Workload.guide()),
                read -> { });

        // Another process opens the file as a fresh DuckDB instance: in this one, a lock still held would
        // go unnoticed, because the driver would share the instance.
        try (ChildJvm other = ChildJvm.start(dir, RowCounter.class, file.toString())) {
            await("the other process has counted the rows").atMost(Duration.ofSeconds(60))
                    .until(() -> !other.process().isAlive());
            other.drain();
            assertThat(other.out()).containsExactly("50");
        }
    }

    /** One thread per task names the rows after the tasks; a pool of two names them after its workers. */
    private static void assertRanOn(Model model, List<String> threadNames, String prefix, int count) {
        if (model == Model.EXECUTOR) {
            assertThat(threadNames).hasSize(count).isSubsetOf("pool-worker-1", "pool-worker-2");
        } else {
            assertThat(threadNames).containsExactlyInAnyOrderElementsOf(
                    IntStream.range(0, count).mapToObj(i -> prefix + i).toList());
        }
    }

    private DatabaseLocation location(String where) {
        return where.equals("memory") ? new DatabaseLocation.InMemory()
                : new DatabaseLocation.OnDisk(dir.resolve("threads.duckdb"));
    }
}
