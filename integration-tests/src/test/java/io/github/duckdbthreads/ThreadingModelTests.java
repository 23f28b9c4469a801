package io.github.duckdbthreads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.duckdbthreads.core.ConnectionSource;
import io.github.duckdbthreads.core.Database;
import io.github.duckdbthreads.core.DatabaseLocation;
import io.github.duckdbthreads.core.ReaderResult;
import io.github.duckdbthreads.core.RunResult;
import io.github.duckdbthreads.core.ModelResult;
import io.github.duckdbthreads.core.TaskPhase;
import io.github.duckdbthreads.core.ThreadingModel;
import io.github.duckdbthreads.core.Workload;
import io.github.duckdbthreads.core.WorkloadRun;
import io.github.duckdbthreads.executor.ExecutorModel;
import io.github.duckdbthreads.platform.PlatformThreadsModel;
import io.github.duckdbthreads.virtual.VirtualThreadsModel;

/** The guide's workload under each of the three models, on a file and in memory. */
class ThreadingModelTests {

    private static final int POOL = 2;

    enum Model {
        PLATFORM_THREADS(PlatformThreadsModel::new),
        EXECUTOR(() -> new ExecutorModel(POOL)),
        VIRTUAL_THREADS(VirtualThreadsModel::new);

        private final Supplier<ThreadingModel> factory;

        Model(Supplier<ThreadingModel> factory) {
            this.factory = factory;
        }

        ThreadingModel create() {
            return factory.get();
        }

        /** One thread per task names the rows after the tasks; a pool names them after its workers. */
        void assertWriterThreadNames(List<String> names) {
            if (this == EXECUTOR) {
                assertThat(names).hasSize(50).allMatch(name -> name.matches("pool-worker-[1-" + POOL + "]"));
            } else {
                assertThat(names).containsExactlyInAnyOrderElementsOf(
                        IntStream.range(0, 50).mapToObj(i -> "write_thread_" + i).toList());
            }
        }

        void assertReaderThreadNames(List<String> names) {
            if (this == EXECUTOR) {
                assertThat(names).hasSize(5).allMatch(name -> name.matches("pool-worker-[1-" + POOL + "]"));
            } else {
                assertThat(names).containsExactlyInAnyOrder(
                        "read_thread_0", "read_thread_1", "read_thread_2", "read_thread_3", "read_thread_4");
            }
        }
    }

    static Stream<Arguments> modelsAndDatabases() {
        return Stream.of(Model.values()).flatMap(model -> Stream.of(
                Arguments.of(model, "file"),
                Arguments.of(model, "memory")));
    }

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("modelsAndDatabases")
    void runsTheGuidesWorkload(Model model, String where) throws SQLException {
        ThreadingModel threading = model.create();
        Queue<ReaderResult> reads = new ConcurrentLinkedQueue<>();

        try (Database database = Database.open(location(where));
             ConnectionSource connections = database.connections(threading.connectionPolicy())) {
            ModelResult result = threading.run(Workload.guide().tasks(connections, reads::add),
                    TaskPhase.unlimited(connections));

            assertThat(result.failures()).isEmpty();
            assertThat(result.ending()).isEqualTo(ModelResult.Ending.ALL_ENDED);
            assertThat(database.stats().rows()).isEqualTo(50);
            model.assertWriterThreadNames(database.threadNames());
            assertThat(reads).hasSize(5).allSatisfy(read -> assertThat(read.rowCounter()).isBetween(0L, 50L));
            model.assertReaderThreadNames(reads.stream().map(ReaderResult::threadName).toList());
        }
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("modelsAndDatabases")
    void closesEveryConnectionItOpened(Model model, String where) throws SQLException {
        RunResult result = WorkloadRun.run(location(where), Workload.guide(), model.create(), read -> { });

        assertThat(result.completed()).isEqualTo(55);
        assertThat(result.connectionsClosed()).isEqualTo(result.connectionsOpened());
        assertThat(result.connectionsOpened()).isEqualTo(model == Model.EXECUTOR ? POOL : 55);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Model.class)
    void leavesNoThreadBehind(Model model) throws SQLException {
        WorkloadRun.run(new DatabaseLocation.InMemory(), Workload.guide(), model.create(), read -> { });

        // Virtual threads included: the JVM's thread dump lists them, getAllStackTraces() does not.
        await("every thread the run started has ended").atMost(Duration.ofSeconds(10))
                .until(() -> LiveThreads.named(name -> name.startsWith("write_thread_")
                        || name.startsWith("read_thread_") || name.startsWith("pool-worker-")).isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Model.class)
    void releasesTheFileForAnotherProcess(Model model) throws Exception {
        Path file = dir.resolve("released.duckdb");
        WorkloadRun.run(new DatabaseLocation.OnDisk(file), Workload.guide(), model.create(), read -> { });

        assertThat(OtherProcess.countRows(file)).isEqualTo("50");
    }

    private DatabaseLocation location(String where) {
        return where.equals("memory") ? new DatabaseLocation.InMemory()
                : new DatabaseLocation.OnDisk(dir.resolve("threads.duckdb"));
    }
}
