package io.github.duckdbthreads.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NodeBenchTests {

    @TempDir
    Path dir;

    @Test
    void readsTheWallTimeOfItsOneLine() {
        assertThat(NodeBench.parse("1388.2 ms, 5000 rows\n", 5000)).isEqualTo(1_388_200_000L);
    }

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            ""                                 | printed nothing, not one line like '1388.2 ms, 5000 rows'
            "hello"                            | printed 'hello', not one line like '1388.2 ms, 5000 rows'
            "1388.2 ms"                        | printed '1388.2 ms', not one line like
            "1388.2 ms, 5000 rows\\n1.0 ms, 5000 rows" | printed 2 lines, not one line like
            "1388.2 ms, 4999 rows"             | left 4999 rows, not one per writer (5000)
            "1388.2 ms, 50000 rows"            | left 50000 rows, not one per writer (5000)
            """)
    void refusesAnyOtherOutput(String output, String message) {
        assertThatThrownBy(() -> NodeBench.parse(output.replace("\\n", "\n"), 5000))
                .isInstanceOf(ChildJvm.RowFailedException.class)
                .hasMessageContaining(message);
    }

    @Test
    void runsTheProgramWithTheWritersAndReaders() throws Exception {
        NodeBench bench = program("bench.mjs", """
                console.log(`12.5 ms, ${process.argv[2]} rows`);
                console.error(`readers ${process.argv[3]}`);
                """);

        assertThat(bench.time(20, 2, OptionalInt.empty())).isEqualTo(12_500_000L);
    }

    @Test
    void theProgramRunsDuckdbWithTheRowsThreadsSetting() throws Exception {
        NodeBench bench = program("bench.mjs", """
                const threads = process.env.DUCKDB_THREADS;
                console.log(`12.5 ms, ${threads === undefined ? 0 : 10 * Number(threads)} rows`);
                """);

        assertThat(bench.time(20, 2, OptionalInt.of(2))).isEqualTo(12_500_000L);
        assertThatThrownBy(() -> bench.time(20, 2, OptionalInt.empty()))
                .isInstanceOf(ChildJvm.RowFailedException.class)
                .hasMessage("left 0 rows, not one per writer (20)");
    }

    @Test
    void aProgramWhosePackagesAreMissingSaysToRunNpmCi() throws Exception {
        NodeBench bench = program("bench.mjs", "import { DuckDBInstance } from '@duckdb/node-api';\n");

        assertThatThrownBy(() -> bench.time(20, 2, OptionalInt.empty()))
                .isInstanceOf(ChildJvm.RowFailedException.class)
                .hasMessageStartingWith("node exited with status 1: Error [ERR_MODULE_NOT_FOUND]: Cannot find package"
                        + " '@duckdb/node-api'")
                .hasMessageEndingWith("; run npm ci in " + dir.toAbsolutePath() + " first");
    }

    @Test
    void aProgramThatDoesNotFinishIsStoppedAtItsTimeout() throws Exception {
        NodeBench bench = new NodeBench(program("stuck.mjs", stuck()).program(), "v0", Duration.ofSeconds(1));

        assertThatThrownBy(() -> bench.time(20, 2, OptionalInt.empty()))
                .isInstanceOf(ChildJvm.RowFailedException.class)
                .hasMessage("did not finish in 1s, stopped");
        assertThat(ProcessHandle.of(pid()).filter(ProcessHandle::isAlive)).as("the node process").isEmpty();
    }

    @Test
    void anInterruptWhileItRunsStopsTheProgram() throws Exception {
        NodeBench bench = program("stuck.mjs", stuck());
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread timing = Thread.ofPlatform().start(() -> {
            try {
                bench.time(20, 2, OptionalInt.empty());
            } catch (Exception e) {
                thrown.set(e);
            }
        });
        await("node started").atMost(Duration.ofSeconds(30)).failFast(() -> !timing.isAlive())
                .until(() -> Files.exists(dir.resolve("pid")));

        timing.interrupt();

        await("the timing thread ended").atMost(Duration.ofSeconds(30)).until(() -> !timing.isAlive());
        assertThat(thrown.get()).isInstanceOf(InterruptedException.class);
        assertThat(ProcessHandle.of(pid()).filter(ProcessHandle::isAlive)).as("the node process").isEmpty();
    }

    /** A program that writes its process id (whole, by a rename), then waits for ever. */
    private String stuck() {
        return "import { renameSync, writeFileSync } from 'node:fs';\n"
                + "writeFileSync(" + jsString(dir.resolve("pid.tmp")) + ", String(process.pid));\n"
                + "renameSync(" + jsString(dir.resolve("pid.tmp")) + ", " + jsString(dir.resolve("pid")) + ");\n"
                + "setInterval(() => {}, 1000);\n";
    }

    private long pid() throws Exception {
        return Long.parseLong(Files.readString(dir.resolve("pid")).strip());
    }

    private NodeBench program(String name, String source) throws Exception {
        return FakeNode.program(dir, name, source);
    }

    private static String jsString(Path path) {
        return "'" + path.toAbsolutePath().toString().replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
