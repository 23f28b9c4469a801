package io.github.duckdbthreads;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.github.duckdbthreads.core.cli.ExitStatus;
import io.github.duckdbthreads.core.cli.Runner;

/** A size past what a model can bear is refused before anything runs, in one line. */
class LimitsTests {

    @ParameterizedTest(name = "{0} refuses {1} writers: {2}", quoteTextArguments = false)
    @CsvSource(delimiter = '|', textBlock = """
            platform-threads | 10000000 | demo-platform-threads: --writers 10000000 and --readers 5 make 10000005 tasks; this demo runs at most 10000 (see docs/failures.md) (see --help)
            platform-threads | 9996     | demo-platform-threads: --writers 9996 and --readers 5 make 10001 tasks; this demo runs at most 10000 (see docs/failures.md) (see --help)
            executor         | 1000001  | demo-executor: --writers must be 0 to 1000000, got 1000001 (see --help)
            virtual-threads  | 1000001  | demo-virtual-threads: --writers must be 0 to 1000000, got 1000001 (see --help)
            """)
    void refusesMoreTasksThanTheModelCanBear(Model model, int writers, String message) {
        Console console = new Console();

        int status = Runner.run(model.demo(), new String[] {"--db", ":memory:", "--writers", Integer.toString(writers)},
                console.outStream, console.errStream);

        assertThat(status).isEqualTo(ExitStatus.USAGE);
        assertThat(console.err()).containsExactly(message);
        assertThat(console.out()).isEmpty();
    }
}
