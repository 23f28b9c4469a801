package io.github.duckdbthreads.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RunnerTests {

    private static final Demo DEMO = Demo.of("demo", "a demo", options -> {
        throw new AssertionError("a bad command line never reaches the model");
    }).withMaxTasks(1_500_000);

    @ParameterizedTest(name = "{0} -> {1}", quoteTextArguments = false)
    @CsvSource(delimiter = '|', textBlock = """
            --fail-task write_thread_50             | demo: --fail-task, --stall-task: write_thread_50 is not a task of this run (write_thread_0..49, read_thread_0..4) (see --help)
            --fail-task write_thread_007            | demo: --fail-task, --stall-task: write_thread_007 is not a task of this run (write_thread_0..49, read_thread_0..4) (see --help)
            --fail-task read_thread_1 --stall-task read_thread_1 | demo: --fail-task, --stall-task: read_thread_1 cannot both fail and stall (see --help)
            --timeout soon                          | demo: --timeout 'soon' is not a duration: use e.g. 500ms, 30s, 2m, 1h or PT30S (see --help)
            --timeout 0s                            | demo: --timeout must be more than zero, got '0s' (see --help)
            --writers 1000001                       | demo: --writers must be 0 to 1000000, got 1000001 (see --help)
            --writers 900000 --readers 600001       | demo: --writers 900000 and --readers 600001 make 1500001 tasks; this demo runs at most 1500000 (see docs/failures.md) (see --help)
            --writers -1                            | demo: --writers must be 0 to 1000000, got -1 (see --help)
            """)
    void badInputIsOneLineAndStatusTwo(String args, String message) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = Runner.run(DEMO, args.split(" "), print(out), print(err));

        assertThat(status).isEqualTo(Runner.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8).lines().toList()).isEqualTo(List.of(message));
        assertThat(out.size()).isZero();
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
