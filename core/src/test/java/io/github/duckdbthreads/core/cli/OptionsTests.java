package io.github.duckdbthreads.core.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.duckdbthreads.core.ConnectionPolicy;
import io.github.duckdbthreads.core.database.DatabaseLocation;
import io.github.duckdbthreads.core.workload.Workload;

/** Options travel to compare's measuring JVM as a command line: what is written there is read back the same. */
class OptionsTests {

    private static final Demo EVERY_FLAG = Demo.of("demo-test", "Takes every flag.", OptionsTests.class,
            RunnerTests.IN_CALLER_THREAD.takes(WorkloadOptions.THREADS).takes(WorkloadOptions.MAX_IN_FLIGHT)
                    .connections(ConnectionPolicy.Kind.PER_TASK, ConnectionPolicy.Kind.PER_THREAD, ConnectionPolicy.Kind.POOLED));

    static Stream<Options> options() {
        return Stream.of(
                new Options(Workload.guide(), new DatabaseLocation.OnDisk(Path.of("my_persistent_db.duckdb")), 2),
                new Options(new Workload(5000, 500, -3).withIoLatency(Duration.ofMillis(20)),
                        new DatabaseLocation.InMemory(), 7, Optional.of(3), Optional.of(Duration.ofMillis(1500)),
                        Optional.of(ConnectionPolicy.Kind.POOLED)),
                new Options(new Workload(20, 2, 6, Set.of("write_thread_3", "read_thread_1"), Set.of("write_thread_19")),
                        new DatabaseLocation.OnDisk(Path.of("dir with space", "x.duckdb")), 1, Optional.empty(),
                        Optional.of(Duration.ofMinutes(2))));
    }

    @ParameterizedTest
    @MethodSource("options")
    void readsBackWhatItWrites(Options options) {
        assertThat(Runner.parse(EVERY_FLAG, options.toArgs().toArray(String[]::new), System.out)).isEqualTo(options);
    }
}
